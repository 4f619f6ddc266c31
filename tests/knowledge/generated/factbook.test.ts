/** The World Factbook generator on small fixture records: only what the record says, dated as it dates it. */
import { describe, expect, it } from 'vitest';
import {
  countryEntries,
  countryName,
  type FactbookCountry,
  formerHolderEntries,
  mergePeople,
  orgAliases,
  parseHolders,
} from '../../../src/knowledge/generated/factbook';
import { readingCase } from '../../../src/knowledge/generated/text';
import { entrySchema } from '../../../src/knowledge/schema';

const info = { date: '2026-01-22', commit: 'abc123' };

const germany: FactbookCountry = {
  region: 'europe',
  Government: {
    'Country name': { 'conventional short form': { text: 'Germany' } },
    'Government type': { text: 'federal parliamentary republic' },
    Capital: { name: { text: 'Berlin' } },
    'Administrative divisions': {
      text: '16 states (<em>Laender</em>, singular - <em>Land</em>); Baden-Wuerttemberg, Bayern (Bavaria), Berlin',
    },
    'Executive branch': {
      'chief of state': { text: 'President Frank-Walter STEINMEIER (since 19 March 2017)' },
      'head of government': { text: 'Chancellor Friedrich MERZ (since 6 May 2025)' },
    },
    'Legislative branch - lower chamber': { 'chamber name': { text: 'German Bundestag (Deutscher Bundestag)' } },
    'Judicial branch': { 'highest court(s)': { text: 'Federal Court of Justice (court consists of 127 judges)' } },
    'Political parties': { text: 'Alternative for Germany or AfD\u00a0<br>Free Voters or FW<br>Other' },
    'Diplomatic representation from the US': {
      'chief of mission': {
        text: 'Ambassador (vacant); Charg&eacute; d&rsquo;Affaires Alan MELTZER (since July 2024)',
      },
    },
  },
};

describe('parseHolders', () => {
  it('reads office, name in reading case, the surname the record capitalises, and the "since" date', () => {
    expect(parseHolders('Prime Minister Keir STARMER (since 5 July 2024)')).toEqual([
      { office: 'Prime Minister', name: 'Keir Starmer', since: '2024-07-05', surname: 'Starmer' },
    ]);
    expect(
      parseHolders(
        'President Donald J. TRUMP (since 20 January 2025); Vice President Kamala D. HARRIS (since 20 January 2021)',
      ),
    ).toEqual([
      { office: 'President', name: 'Donald J. Trump', since: '2025-01-20', short: 'Donald Trump', surname: 'Trump' },
      {
        office: 'Vice President',
        name: 'Kamala D. Harris',
        since: '2021-01-20',
        short: 'Kamala Harris',
        surname: 'Harris',
      },
    ]);
    expect(parseHolders('President Emmerson Dambudzo MNANGAGWA (since 4 September 2023)')[0]!.surname).toBe(
      'Mnangagwa',
    );
  });

  it('gives no holder for a vacancy, an unknown office or an undated line', () => {
    expect(parseHolders('Ambassador (vacant); Chargé d’Affaires Alan MELTZER (since July 2024)')).toEqual([]);
    expect(parseHolders('Co-prince Emmanuel MACRON (since 14 May 2017)')).toEqual([]);
    expect(parseHolders('President Frank-Walter STEINMEIER')).toEqual([]);
  });

  it('keeps name particles and regnal numbers', () => {
    expect(readingCase('Ursula VON DER LEYEN')).toBe('Ursula von der Leyen');
    expect(readingCase('CHARLES III')).toBe('Charles III');
    expect(readingCase('Bisher al-KHASAWNEH')).toBe('Bisher al-Khasawneh');
  });
});

describe('orgAliases', () => {
  it('keeps names of their own, needs the country for the rest, and qualifies common-word names by country', () => {
    expect(orgAliases(['Canadian Forces'], 'Canada')).toEqual([{ text: 'Canadian Forces' }]);
    expect(orgAliases(['Muslim Brotherhood'], 'Sudan')).toEqual([{ text: 'Muslim Brotherhood', needsContext: true }]);
    expect(orgAliases(['Supreme Court'], 'Kenya')).toEqual([
      { text: "Kenya's Supreme Court" },
      { text: 'Supreme Court of Kenya' },
    ]);
    expect(orgAliases(['Progress', 'The Democrats'], 'Svalbard')).toEqual([
      { text: "Svalbard's Progress" },
      { text: "Svalbard's Democrats" },
    ]);
    // Acronyms under four letters, or that are words, are no aliases.
    expect(orgAliases(['ABC', 'MOST', 'PCRM'], 'Moldova')).toEqual([
      { text: 'PCRM', case: 'exact', needsContext: true },
    ]);
  });
});

describe('countryEntries', () => {
  const entries = countryEntries('gm', germany, info).map((g) => g.entry);
  const byTitle = (t: string) => entries.find((e) => e.title === t);

  it('gives only valid entries, each sourced to the Factbook and its record', () => {
    for (const e of entries) {
      expect(entrySchema.safeParse(e).success, e.id).toBe(true);
      expect(e.sources.map((s) => s.url)).toContain(
        'https://github.com/factbook/factbook.json/blob/abc123/europe/gm.json',
      );
      expect(e.checked).toBe('2026-01-22');
      expect(e.context).toContain('Germany');
    }
  });

  it('dates a head of government as the record does', () => {
    const merz = byTitle('Friedrich Merz')!;
    expect(merz.summary).toBe(
      'Chancellor of Germany since 6 May 2025, according to the CIA World Factbook (January 2026).',
    );
    expect(merz.roles).toEqual([{ title: 'Chancellor of Germany', from: '2025-05-06' }]);
  });

  it('reads chambers, courts, parties and divisions, with their other names as aliases', () => {
    expect(byTitle('German Bundestag')!.aliases.map((a) => a.text)).toEqual([
      'German Bundestag',
      'Deutscher Bundestag',
    ]);
    expect(byTitle('Federal Court of Justice (Germany)')).toBeDefined();
    const afd = byTitle('Alternative for Germany (Germany)')!;
    expect(afd.aliases).toEqual([{ text: 'Alternative for Germany' }, { text: 'AfD', needsContext: true }]);
    // Two-letter acronyms are other words too often: "FW" is no alias.
    expect(byTitle('Free Voters (Germany)')!.aliases.map((a) => a.text)).toEqual(['Free Voters']);
    expect(byTitle('Other (Germany)')).toBeUndefined();
    const bavaria = byTitle('Bavaria')!;
    expect(bavaria.aliases.map((a) => a.text)).toEqual(['Bavaria', 'Bayern']);
    expect(bavaria.summary).toBe('A state of Germany, one of its first-level administrative divisions.');
  });

  it('reads "Korea, South" as South Korea', () => {
    const korea: FactbookCountry = {
      region: 'x',
      Government: { 'Country name': { 'conventional short form': { text: 'Korea, South' } } },
    };
    expect(countryName(korea)).toBe('South Korea');
  });
});

describe('formerHolderEntries', () => {
  const history = {
    gm: {
      'head of government': [
        { text: 'Chancellor Angela MERKEL (since 22 November 2005)', first: '2020-11-27', last: '2021-11-11' },
        { text: 'Chancellor Olaf SCHOLZ (since 8 December 2021)', first: '2021-12-30', last: '2025-04-17' },
        { text: 'Chancellor Friedrich MERZ (since 6 May 2025)', first: '2025-05-22', last: '2026-01-22' },
      ],
      'US ambassador': [
        { text: 'Ambassador Richard GRENELL (since 8 May 2018)', first: '2020-11-27', last: '2021-06-15' },
        {
          text: 'Ambassador (vacant); Chargé d’Affaires Robin S. QUINVILLE (since June 2020)',
          first: '2021-07-29',
          last: '2021-07-29',
        },
      ],
    },
  };
  const entries = formerHolderEntries(history, { gm: germany }, info).map((g) => g.entry);

  it('ends a term when the next holder of the same office began, never at the current holder', () => {
    expect(entries.map((e) => [e.title, e.roles])).toEqual([
      ['Angela Merkel', [{ title: 'Chancellor of Germany', from: '2005-11-22', to: '2021-12-08' }]],
      ['Olaf Scholz', [{ title: 'Chancellor of Germany', from: '2021-12-08', to: '2025-05-06' }]],
      // A chargé d'affaires ends an ambassador's term too, though the Factbook listed him a year longer.
      ['Richard Grenell', [{ title: 'United States Ambassador to Germany', from: '2018-05-08', to: '2020-06' }]],
    ]);
  });

  it('merges one person listed for several offices into one entry', () => {
    const earlier = formerHolderEntries(
      {
        gm: {
          'chief of state': [
            { text: 'President Friedrich MERZ (since 1 January 2020)', first: '2020-01-01', last: '2020-02-01' },
            { text: 'President Other PERSON (since 1 March 2021)', first: '2021-03-01', last: '2026-01-22' },
          ],
        },
      },
      { gm: germany },
      info,
    );
    const merz = mergePeople([...countryEntries('gm', germany, info), ...earlier]).filter(
      (g) => g.entry.title === 'Friedrich Merz',
    );
    expect(merz).toHaveLength(1);
    expect(merz[0]!.entry.roles).toEqual([
      { title: 'President of Germany', from: '2020-01-01', to: '2021-03-01' },
      { title: 'Chancellor of Germany', from: '2025-05-06' },
    ]);
  });
});
