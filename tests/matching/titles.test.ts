/**
 * A surname after a title names its holder (src/matching/titles.ts): the titles a page writes before names, the
 * titles a person held, and, with the real knowledge base cut for a page as the background cuts it, which
 * entries a page names that way and what their surname then means.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeDir } from '../../src/knowledge/location';
import { compileKnowledgeDir } from '../../src/knowledge/read-files';
import { PageEvidence } from '../../src/matching/disambiguate';
import { matcherFor } from '../../src/matching/matcher';
import { AliasDirectory } from '../../src/matching/table-subset';
import { roleTitles, Title, titledEntries, titledNames } from '../../src/matching/titles';
import { addWordKeys, KeySet } from '../../src/matching/word-keys';

describe('titledNames: the names a text writes after a title', () => {
  it('reads held titles, courtesy titles and abbreviations, with first names between', () => {
    const names = titledNames(
      'President Trump spoke. Mr. Trump and Sen. Mark Warner met Defense Secretary Mark Esper and Prime Minister ' +
        'Boris Johnson; Mr Johnson’s plan; Chancellor Angela Merkel; Gen. Mark A. Milley.',
    );
    expect(Object.fromEntries(names)).toEqual({
      Trump: Title.President | Title.Courtesy,
      Warner: Title.Senator,
      Esper: Title.Secretary,
      Johnson: Title.PrimeMinister | Title.Courtesy,
      Merkel: Title.Chancellor,
      Milley: Title.Military,
    });
  });

  it('takes no capitalised word for a title ("Hong Kong Polytechnic", "The President")', () => {
    expect(Object.fromEntries(titledNames('Hong Kong Polytechnic University. The President said so.'))).toEqual({});
  });
});

describe('roleTitles: the titles a person held', () => {
  it('from subtitles and roles as the knowledge writes them', () => {
    expect(roleTitles(['45th President of the United States, 2017–2021'])).toBe(Title.President);
    expect(roleTitles(['US senator from Arizona (1987–2018)'])).toBe(Title.Senator);
    expect(roleTitles(['Member of the US House of Representatives'])).toBe(Title.Representative);
    expect(roleTitles(['Prime Minister of Japan']) & Title.PrimeMinister).toBe(Title.PrimeMinister);
    expect(roleTitles(['Chancellor of Germany (2005–2021)'])).toBe(Title.Chancellor);
    expect(roleTitles(['American actor'])).toBe(0);
  });
});

const { table } = compileKnowledgeDir(knowledgeDir());
const directory = new AliasDirectory(table);

/** What `term` means on a page of `text`, with the page's table as the background cuts it. */
function meaningOn(text: string, term: string): string[] {
  const keys = new KeySet(4096);
  addWordKeys(text, keys);
  const page = directory.subset(keys, titledNames(text));
  const matcher = matcherFor(page);
  const { matches, hints } = matcher.scan(text);
  const evidence = new PageEvidence(page);
  for (const h of hints) evidence.addHint(h);
  for (let i = 0; i < matches.length; i += 3) evidence.addMatch(matches[i + 2]);
  for (let i = 0; i < matches.length; i += 3) {
    if (text.slice(matches[i], matches[i + 1]) !== term) continue;
    const r = evidence.resolve(matches[i + 2], hints);
    return r.kind === 'entry' ? [page.ids[r.entry]] : r.kind === 'undecided' ? r.entries.map((e) => page.ids[e]) : [];
  }
  throw new Error(`"${term}" is not a term on the page`);
}

describe('a surname after a title, on a page', () => {
  it('"President Trump" names Donald Trump: his surname alone means him', () => {
    expect(meaningOn('President Trump said on Tuesday that talks would resume. Trump left.', 'Trump')).toEqual([
      'donald-trump',
    ]);
  });

  it('the surname alone, or after a title the person never held, names no one', () => {
    expect(meaningOn('Trump left early; the talks would resume.', 'Trump')).toEqual([]);
    expect(meaningOn('Governor Trump left early; the talks would resume.', 'Trump')).toEqual([]);
  });

  it('a courtesy title names no one: anyone is a Mr.', () => {
    expect(titledEntries(table, table.titles ?? [], titledNames('Mr. Trump left early.'))).toEqual([]);
    expect(titledEntries(table, table.titles ?? [], titledNames('President Trump left.'))).toEqual(['donald-trump']);
    expect(meaningOn('Mr. Trump left early; the talks would resume.', 'Trump')).toEqual([]);
  });
});

describe('first names travel with a page table', () => {
  it('the whole table holds the first names of its people, a page only those among its words', () => {
    expect(table.given).toContain('Gordon');
    expect(table.given).not.toContain('President');
    const text = 'Ambassador to the European Union Gordon Sondland testified.';
    const keys = new KeySet(4096);
    addWordKeys(text, keys);
    expect(directory.subset(keys).given).toEqual(['Gordon']);
  });
});
