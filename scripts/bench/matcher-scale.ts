/**
 * The matcher's cost as the knowledge base grows: build time and scan speed
 * over the corpus's text with 100, 1,000 and 10,000 aliases. The extra
 * aliases are real capitalised word pairs from the corpus (so they hit the
 * first-word table as real names would), on top of the bundled aliases.
 */
import { knowledgeDir } from '../../src/knowledge/location';
import { compileKnowledgeDir } from '../../src/knowledge/read-files';
import type { AliasTable } from '../../src/matching/alias-table';
import { Matcher, matcherFor } from '../../src/matching/matcher';
import { corpusPages, corpusText } from './corpus-text';

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[xs.length >> 1];

/** A name-like alias that occurs in no corpus page: how most of a large knowledge base looks to any one page. */
function syntheticName(i: number): string {
  const syllables = ['ka', 'ro', 'vi', 'tel', 'mar', 'zu', 'den', 'qo', 'lix', 'bra', 'sen', 'yor'];
  const word = (n: number, len: number) => {
    let w = '';
    for (let k = 0; k < len; k++, n = Math.floor(n / syllables.length)) w += syllables[n % syllables.length];
    return w[0].toUpperCase() + w.slice(1);
  };
  return `${word(i, 3)} ${word(i * 7 + 3, 3)}x`;
}

export function matcherScale({ quick = false } = {}): void {
  const texts = corpusPages().map(corpusText);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const bundled = compileKnowledgeDir(knowledgeDir()).table;
  const bundledAliases = bundled.aliases;
  const pairs = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\b([A-Z][a-z]{2,} [A-Z][a-z]{2,})\b/g)) pairs.add(m[1]);
  const corpusPairs = [...pairs];
  const runs = quick ? 3 : 9;

  const measure = (label: string, aliases: AliasTable['aliases']) => {
    const table: AliasTable = { ...bundled, aliases, index: undefined };
    const builds: number[] = [];
    let matcher!: Matcher;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      matcher = matcherFor(table);
      builds.push(performance.now() - t0);
    }
    const scans: number[] = [];
    let found = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      found = 0;
      for (const t of texts) found += matcher.scan(t).matches.length / 3;
      scans.push(performance.now() - t0);
    }
    const scan = median(scans);
    console.log(
      `${label.padEnd(34)} ${String(aliases.length).padStart(7)}   ${median(builds).toFixed(2).padStart(10)}   ${scan.toFixed(1).padStart(9)}   ${((scan * 1e6) / chars).toFixed(2).padStart(7)}   ${String(found).padStart(7)}`,
    );
  };

  console.log(
    `\nMatcher scale: ${texts.length} corpus pages, ${(chars / 1e6).toFixed(2)} M characters of text (Node, same V8 as Chromium)`,
  );
  console.log('aliases                            count   build (ms)   scan (ms)   ns/char   matches');
  for (const size of [100, 1_000, 10_000]) {
    // The bundled aliases (and context words), padded with names no page mentions.
    const base = bundledAliases.slice(0, size);
    const pad = Array.from(
      { length: size - base.length },
      (_, i) => [syntheticName(i), 1, [0]] as AliasTable['aliases'][number],
    );
    measure(`bundled + names not on the page`, [...base, ...pad]);
  }
  for (const size of [100, 1_000, 3_000]) {
    // Every alias is a capitalised word pair that occurs in the corpus: the cost then follows the matches found.
    measure(
      `corpus word pairs (all occur)`,
      corpusPairs.slice(0, size).map((t) => [t, 1, [0]] as AliasTable['aliases'][number]),
    );
  }
}
