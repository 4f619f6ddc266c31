/** The Congress generator on small fixture records: dates, parties, aliases and ids come from the record. */
import { describe, expect, it } from 'vitest';
import {
  committeeEntry,
  committeeShortName,
  executiveEntry,
  legislatorEntry,
  type LegislatorRecord,
  termRuns,
} from '../../../src/knowledge/generated/congress';
import { entrySchema } from '../../../src/knowledge/schema';

const info = {
  date: '2026-06-15',
  fileUrl: 'https://github.com/unitedstates/congress-legislators/blob/x/legislators-current.yaml',
};

const cantwell: LegislatorRecord = {
  id: { bioguide: 'C000127', wikidata: 'Q22250' },
  name: { first: 'Maria', last: 'Cantwell', official_full: 'Maria Cantwell' },
  terms: [
    { type: 'rep', start: '1993-01-05', end: '1995-01-03', state: 'WA', district: 1, party: 'Democrat' },
    { type: 'sen', start: '2001-01-03', end: '2007-01-03', state: 'WA', party: 'Democrat' },
    { type: 'sen', start: '2007-01-04', end: '2013-01-03', state: 'WA', party: 'Democrat' },
    { type: 'sen', start: '2025-01-03', end: '2031-01-03', state: 'WA', party: 'Democrat' },
    { type: 'sen', start: '2013-01-03', end: '2019-01-03', state: 'WA', party: 'Democrat' },
    { type: 'sen', start: '2019-01-03', end: '2025-01-03', state: 'WA', party: 'Democrat' },
  ],
};

describe('legislatorEntry', () => {
  const entry = legislatorEntry(cantwell, info)!.entry;

  it('is a valid entry whose id comes from the Bioguide id', () => {
    expect(entrySchema.safeParse(entry).success).toBe(true);
    expect(entry.id).toBe('us-congress-c000127');
    expect(entry.sources[0]!.url).toBe('https://bioguide.congress.gov/search/bio/C000127');
    expect(entry.checked).toBe('2026-06-15');
  });

  it('merges consecutive terms into one dated run per office, the open one with "since"', () => {
    expect(entry.summary).toBe(
      'Democratic US senator from Washington since 2001; earlier Democratic US representative from Washington (1993–1995).',
    );
    expect(entry.roles).toEqual([
      { title: 'United States representative from Washington', from: '1993-01-05', to: '1995-01-03' },
      { title: 'United States senator from Washington', from: '2001-01-03' },
    ]);
  });

  it('gives full names only, never a bare surname', () => {
    expect(entry.aliases.map((a) => a.text)).toEqual(['Maria Cantwell']);
    expect(entry.context).toEqual(expect.arrayContaining(['Washington', 'Senate', 'Democrat']));
  });

  it('names a party switch and reads "H. Morgan Griffith" as Morgan Griffith', () => {
    const switcher = legislatorEntry(
      {
        id: { bioguide: 'X000001' },
        name: { first: 'H.', middle: 'Morgan', last: 'Griffith', official_full: 'H. Morgan Griffith' },
        terms: [
          { type: 'rep', start: '2011-01-05', end: '2013-01-03', state: 'VA', party: 'Democrat' },
          { type: 'rep', start: '2013-01-03', end: '2015-01-03', state: 'VA', party: 'Republican' },
        ],
      },
      info,
    )!.entry;
    expect(switcher.summary).toBe('US representative from Virginia (2011–2015) (Democrat, then Republican).');
    expect(switcher.aliases.map((a) => a.text)).toEqual(['H. Morgan Griffith', 'Morgan Griffith']);
  });

  it('does not merge runs separated by years out of office', () => {
    const runs = termRuns([
      { type: 'rep', start: '1993-01-05', end: '1995-01-03', state: 'WA' },
      { type: 'rep', start: '2001-01-03', end: '2003-01-03', state: 'WA' },
    ]);
    expect(runs.map((r) => [r.from, r.to])).toEqual([
      ['1993-01-05', '1995-01-03'],
      ['2001-01-03', '2003-01-03'],
    ]);
  });
});

describe('committees and the executive', () => {
  it('gives a committee its news name', () => {
    expect(committeeShortName('Senate Committee on Armed Services')).toBe('Senate Armed Services Committee');
    expect(committeeShortName('House Committee on Ways and Means')).toBe('House Ways and Means Committee');
    const c = committeeEntry(
      { type: 'senate', name: 'Senate Committee on Armed Services', thomas_id: 'SSAS' },
      info,
    ).entry;
    expect(entrySchema.safeParse(c).success).toBe(true);
    expect(c.aliases.map((a) => a.text)).toEqual([
      'Senate Committee on Armed Services',
      'Senate Armed Services Committee',
    ]);
  });

  it('dates a vice president who became president, each office once', () => {
    const e = executiveEntry(
      {
        id: { bioguide: 'A000303' },
        name: { first: 'Chester', last: 'Arthur' },
        terms: [
          { type: 'viceprez', start: '1881-03-04', end: '1881-09-19', party: 'Republican' },
          { type: 'prez', start: '1881-09-19', end: '1885-03-04', party: 'Republican' },
        ],
      },
      info,
    )!.entry;
    expect(e.summary).toBe(
      'Vice President of the United States (1881); President of the United States (1881–1885); Republican.',
    );
    expect(e.familiarity).toBe('common');
  });
});
