/**
 * The seed articles through the real knowledge base, matcher and page
 * evidence, without a browser: each `must` and `should` term means the right
 * entry, and no trap means the wrong one. (tests/e2e/seeds.test.ts proves the
 * same through hovering in Chromium.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeDir } from '../../src/knowledge/location';
import { compileKnowledgeDir } from '../../src/knowledge/read-files';
import { PageEvidence, type Resolution } from '../../src/matching/disambiguate';
import { matcherFor } from '../../src/matching/matcher';
import { MEANING_IDS, readExpectedTerms, TRAP_TARGETS } from '../fixtures/seed-terms';

const SHARED = join(import.meta.dirname, '../../../shared');
const expected = readExpectedTerms();
const { table } = compileKnowledgeDir(knowledgeDir());
const matcher = matcherFor(table);

/** Reads a page the way the content script does: every match and hint first, then resolution. */
function readPage(text: string) {
  const { matches, hints } = matcher.scan(text);
  const evidence = new PageEvidence(table);
  for (const h of hints) evidence.addHint(h);
  for (let i = 0; i < matches.length; i += 3) evidence.addMatch(matches[i + 2]);
  /** What the text at `index` means: the entry ids a reader would be offered. */
  return (index: number): string[] => {
    for (let i = 0; i < matches.length; i += 3) {
      if (matches[i] <= index && index < matches[i + 1]) {
        const r: Resolution = evidence.resolve(matches[i + 2]);
        if (r.kind === 'entry') return [table.ids[r.entry]];
        return r.kind === 'undecided' ? r.entries.map((e) => table.ids[e]) : [];
      }
    }
    return [];
  };
}

describe('seed articles', () => {
  it('maps every term of expected-terms.json to an entry that exists', () => {
    const terms = Object.values(expected.articles).flatMap((a) => [...a.must, ...a.should]);
    for (const t of terms) expect(table.ids, t.surface).toContain(MEANING_IDS[t.surface]);
  });

  for (const [seed, article] of Object.entries(expected.articles)) {
    const text = readFileSync(join(SHARED, 'seeds', seed), 'utf8');
    const meaningAt = readPage(text);
    it.each([...article.must, ...article.should].map((t) => [seed, t.surface]))('%s: "%s"', (_seed, surface) => {
      const index = text.indexOf(surface);
      expect(index, 'the surface is in the article').toBeGreaterThanOrEqual(0);
      expect(meaningAt(index)).toEqual([MEANING_IDS[surface]]);
    });
  }
});

describe('traps', () => {
  it.each(expected.traps.map((t) => [t.text]))('%s', (text) => {
    const target = TRAP_TARGETS[text];
    let index = -1;
    for (let n = 0; n <= (target.nth ?? 0); n++) index = text.indexOf(target.hover, index + 1);
    const meanings = readPage(text)(index);
    expect(target.not === '*' ? meanings : meanings.filter((id) => id === target.not)).toEqual([]);
    expect(meanings).toEqual(target.instead ? [target.instead] : target.not === '*' ? [] : meanings);
  });
});
