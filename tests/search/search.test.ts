import { describe, expect, it } from 'vitest';
import { knowledgeDir } from '../../src/knowledge/location';
import { loadKnowledge } from '../../src/knowledge/read-files';
import { acronymOf, buildSearchIndex, Searcher, searcherFrom, toSearchDoc } from '../../src/search/search';

const docs = loadKnowledge(knowledgeDir()).entries.map(toSearchDoc);
// As the extension does it: the index built once, serialised, parsed.
const searcher = searcherFrom(docs, JSON.parse(JSON.stringify(buildSearchIndex(docs))));

describe('search ranking', () => {
  it.each([
    // misspellings readers really type
    ['Kurile islands', 'kuril-islands-dispute'],
    ['Self Defence Forces', 'japan-self-defense-forces'],
    ['Baerbok', 'annalena-baerbock'],
    ['european comission', 'european-commission'],
    ['zaporizhia', 'zaporizhzhia-nuclear-power-plant'],
    ['Zelenski', 'volodymyr-zelenskyy'],
    // missing diacritics, wrong case
    ['Rottgen', 'norbert-rottgen'],
    ['nato', 'north-atlantic-treaty-organization'],
    ['KISHIDA', 'fumio-kishida'],
    ['article 9', 'article-9-japan'],
    // acronyms and expansions, both ways
    ['North Atlantic Treaty Organization', 'north-atlantic-treaty-organization'],
    ['LDP', 'liberal-democratic-party-japan'],
    ['Liberal Democratic Party', 'liberal-democratic-party-japan'],
    ['JSDF', 'japan-self-defense-forces'],
    ['IAEA', 'international-atomic-energy-agency'],
    ['International Atomic Energy Agency', 'international-atomic-energy-agency'],
    ['un security council', 'un-security-council'],
    // surnames and partial names
    ['Takaichi', 'sanae-takaichi'],
    ['Merz', 'friedrich-merz'],
    ['von der leyen', 'ursula-von-der-leyen'],
    // short names, where fuzzy scores alone go wrong
    ['UN', 'united-nations'],
    ['EU', 'european-union'],
    ['G7', 'g7'],
    ['G20', 'g20'],
    ['Article 5', 'article-5-north-atlantic-treaty'],
    ['Diet', 'national-diet'],
    ['Quad', 'quad'],
  ])('"%s" -> %s', (query, id) => {
    expect(searcher.search(query)[0]?.id).toBe(id);
  });

  it('shows which part matched', () => {
    const [hit] = searcher.search('Kurile');
    expect(hit.matched.text).toMatch(/Kuril/);
    const [start, end] = hit.matched.ranges[0];
    expect(hit.matched.text.slice(start, end + 1).toLowerCase()).toContain('kuril');
  });

  it('finds nothing for nonsense, and nothing for an empty query', () => {
    expect(searcher.search('xqzvwk')).toEqual([]);
    expect(searcher.search('   ')).toEqual([]);
  });

  it('gives the same results from the shipped index as from one built on the spot', () => {
    const fresh = new Searcher(docs);
    for (const q of ['Kurile islands', 'Baerbok', 'sanctions', 'treaty']) {
      expect(searcher.search(q).map((h) => h.id)).toEqual(fresh.search(q).map((h) => h.id));
    }
  });
});

describe('helpers', () => {
  it.each([
    ['North Atlantic Treaty Organization', 'NATO'],
    ['Japan Self-Defense Forces', 'JSDF'],
    ['Kyiv', null],
  ])('acronymOf(%s) = %s', (text, acronym) => expect(acronymOf(text)).toBe(acronym));
});
