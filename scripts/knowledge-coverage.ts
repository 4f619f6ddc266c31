/**
 * `npm run knowledge:coverage`: how much of what world-news readers meet Gloss
 * explains, over the shared corpus. For each English page (the article body
 * where the suite extracted one), the candidate terms are its capitalised
 * phrases and acronyms; a candidate is explained when the matcher finds an
 * alias there that resolves to an entry (marked by default or not). Prints
 * the share of each page's distinct candidates explained, overall and by
 * page, and the most frequent candidates with no entry, so gaps are visible.
 * GLOSS_KNOWLEDGE_DIR compares another knowledge base (before and after).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeDir } from '../src/knowledge/location';
import { compileKnowledgeDir } from '../src/knowledge/read-files';
import { PageEvidence } from '../src/matching/disambiguate';
import { Matcher } from '../src/matching/matcher';
import { CORPUS, corpusPages, corpusText } from './bench/corpus-text';

/** Words that start sentences or are capitalised for other reasons: not terms. */
const NOT_TERMS = new Set(
  (
    'The A An And But Or If In On At By For From To Of With As It Its He She They We I You His Her Their Our This ' +
    'That These Those There Here When Where What Who Why How While After Before Since During Under Over About ' +
    'Mr Mrs Ms Dr Sir Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December One Two Three Four Five Six Seven Eight Nine Ten ' +
    'But So Yet Also Still However Meanwhile Last Next First New More Most Some Many All No Not Yes Read Share ' +
    'Photo Image Video Getty Images AP Reuters AFP Advertisement Related Updated Published Copyright'
  ).split(' '),
);

const PHRASE = /\b(?:[A-Z][\p{L}’'.-]*)(?:\s+(?:(?:of|the|and|for|de)\s+)?[A-Z][\p{L}’'.-]*)*/gu;

interface Candidate {
  text: string;
  start: number;
  end: number;
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PHRASE)) {
    let phrase = m[0].replace(/[’'.-]+$/u, '');
    let start = m.index;
    if (phrase.startsWith('The ')) {
      phrase = phrase.slice(4);
      start += 4;
    }
    const single = !phrase.includes(' ');
    if (phrase.length < 2 || (single && NOT_TERMS.has(phrase))) continue;
    // A lone capitalised word after a full stop is a sentence start, not a name (acronyms still count).
    const before = text.slice(Math.max(0, start - 3), start);
    if (single && !/^[A-Z]{2,}$/.test(phrase) && /(^|[.!?"“]\s*)$/.test(before)) continue;
    out.push({ text: phrase, start, end: start + phrase.length });
  }
  return out;
}

/** The article text: the suite's extraction of the body when there is one, else the whole page. */
function articleText(page: string): string {
  const extracted = join(CORPUS, page, 'expected.html');
  if (!existsSync(extracted)) return corpusText(page);
  return readFileSync(extracted, 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#?\w+;/g, ' ');
}

const { table } = compileKnowledgeDir(knowledgeDir());
const matcher = new Matcher(table);
const missing = new Map<string, { pages: number; count: number }>();
let allCandidates = 0;
let allExplained = 0;
const rows: string[] = [];
for (const page of corpusPages()) {
  const text = articleText(page);
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (latin < text.replace(/\s/g, '').length * 0.5) continue; // not an English page
  const { matches, hints } = matcher.scan(text);
  const evidence = new PageEvidence(table);
  for (const h of hints) evidence.addHint(h);
  for (let i = 0; i < matches.length; i += 3) evidence.addMatch(matches[i + 2]);
  const explainedSpans: [number, number][] = [];
  for (let i = 0; i < matches.length; i += 3) {
    const r = evidence.resolve(matches[i + 2]);
    // An alias that needs context the page lacks explains nothing; one with open meanings offers them.
    if (r.kind !== 'none') explainedSpans.push([matches[i], matches[i + 1]]);
  }
  const distinct = new Map<string, boolean>();
  for (const c of candidates(text)) {
    const explained = explainedSpans.some(([s, e]) => s < c.end && e > c.start);
    distinct.set(c.text, (distinct.get(c.text) ?? false) || explained);
  }
  const explained = [...distinct.values()].filter(Boolean).length;
  allCandidates += distinct.size;
  allExplained += explained;
  for (const [term, ok] of distinct) {
    if (ok) continue;
    const seen = missing.get(term) ?? { pages: 0, count: 0 };
    seen.pages++;
    seen.count += text.split(term).length - 1;
    missing.set(term, seen);
  }
  rows.push(
    `${page.padEnd(44)} ${String(distinct.size).padStart(5)} ${String(explained).padStart(5)} ${((100 * explained) / Math.max(1, distinct.size)).toFixed(1).padStart(6)}%`,
  );
}
console.log(`Knowledge coverage over the corpus (${table.ids.length} entries; ${rows.length} English pages)`);
console.log(`${'page'.padEnd(44)} terms explained  share`);
for (const r of rows) console.log(r);
console.log(
  `\nAll pages: ${allExplained} of ${allCandidates} distinct candidate terms explained (${((100 * allExplained) / allCandidates).toFixed(1)}%)`,
);
console.log('\nMost frequent candidates with no entry (pages, occurrences):');
// `--top N` prints N gaps instead of 40; `--all` also lists terms seen on a single page.
const topArg = process.argv.indexOf('--top');
const topN = topArg > 0 ? Number(process.argv[topArg + 1]) || 40 : 40;
const minPages = process.argv.includes('--all') ? 1 : 2;
const top = [...missing]
  .filter(([, v]) => v.pages >= minPages)
  .toSorted((a, b) => b[1].pages - a[1].pages || b[1].count - a[1].count)
  .slice(0, topN);
console.log(top.map(([t, v]) => `  ${t} (${v.pages}, ${v.count})`).join('\n'));
