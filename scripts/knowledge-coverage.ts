/**
 * `npm run knowledge:coverage`: how much of what world-news readers meet Gloss
 * explains, over the shared corpus. For each English page (by its declared
 * `<html lang>`), the text read is the article: the body the suite extracted
 * (`expected.html` or `expected.txt`), or where there is none, the blocks Gloss
 * itself takes for the article (src/page/furniture.ts), since menus, credits
 * and rails are not what a reader stops at. The candidate terms are its
 * capitalised phrases and acronyms, less sentence and line starts; a candidate
 * is explained when the matcher finds an alias there that resolves to an entry
 * (marked by default or not). `--whole-page` reads whole pages instead, as
 * this script did before (docs/knowledge.md gives both figures). Prints
 * the share of each page's distinct candidates explained, overall and by
 * page, and the most frequent candidates with no entry, so gaps are visible.
 * GLOSS_KNOWLEDGE_DIR compares another knowledge base (before and after).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { knowledgeDir } from '../src/knowledge/location';
import { compileKnowledgeDir } from '../src/knowledge/read-files';
import { PageEvidence } from '../src/matching/disambiguate';
import { matcherFor } from '../src/matching/matcher';
import { titledEntries, titledNames } from '../src/matching/titles';
import { Furniture } from '../src/page/furniture';
import { CORPUS, corpusPages, corpusText } from './bench/corpus-text';

/** Words that start sentences or are capitalised for other reasons: not terms. */
const NOT_TERMS = new Set(
  (
    'The A An And But Or If In On At By For From To Of With As It Its He She They We I You His Her Their Our This ' +
    'That These Those There Here When Where What Who Why How While After Before Since During Under Over About ' +
    'Mr Mrs Ms Dr Sir Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December One Two Three Four Five Six Seven Eight Nine Ten ' +
    'But So Yet Also Still However Meanwhile Last Next First New More Most Some Many All No Not Yes Read Share ' +
    'Photo Image Video Getty Images AP Reuters AFP Advertisement Related Updated Published Copyright ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun GMT BST EST EDT PST PDT UTC'
  ).split(' '),
);

/** Words that start a sentence or stand for the writer, never a term ("Then", "Within", "I’m"). */
const SENTENCE_WORDS = new Set(
  (
    "I I’m I'm I’ve I've I’d I'd Then Within Because Such Even Although Though Despite Critically Soon Far " +
    "Do Is Are Was Were Will Would Can Could Should Tell Wait Winning Questioning There’s There's It’s It's " +
    "Let’s Let's Let Don’t Don't That’s That's What’s What's"
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
    let phrase = m[0].replace(/[’'](s)?$/u, '').replace(/[’'.-]+$/u, '');
    let start = m.index;
    // A phrase that starts with a function word or a date starts a sentence ("But I", "In December",
    // "When President Trump"): the term is what follows it.
    for (let first = /^(\S+)\s+/u.exec(phrase); first !== null; first = /^(\S+)\s+/u.exec(phrase)) {
      if (!NOT_TERMS.has(first[1]) && !SENTENCE_WORDS.has(first[1])) break;
      phrase = phrase.slice(first[0].length);
      start += first[0].length;
    }
    const single = !phrase.includes(' ');
    if (phrase.length < 2 || (single && (NOT_TERMS.has(phrase) || SENTENCE_WORDS.has(phrase)))) continue;
    // A lone capitalised word after a full stop is a sentence start, not a name (acronyms still count).
    const before = text.slice(Math.max(0, start - 3), start);
    // So is one at the start of a line (a headline, a caption, a list item).
    if (single && !/^[A-Z]{2,}$/.test(phrase) && /(^|\n\s*|[.!?"“:]\s*)$/.test(before)) continue;
    out.push({ text: phrase, start, end: start + phrase.length });
  }
  return out;
}

const WHOLE_PAGE = process.argv.includes('--whole-page');

/** The language the page declares (outside conditional comments), or '' when it declares none. */
function declaredLanguage(html: string): string {
  const tag = /<html\b[^>]*>/i.exec(html.replace(/<!--[\s\S]*?-->/g, ''))?.[0] ?? '';
  return /\blang=["']?([A-Za-z-]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
}

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, figcaption, blockquote, pre';

/** The text of the blocks Gloss paints on the page (its article, or on a front page all but the furniture). */
function glossArticleText(html: string): string {
  const win = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const furniture = new Furniture(doc);
  const blocks = [...doc.querySelectorAll(BLOCK)].filter((b) => !b.querySelector(BLOCK) && furniture.paints(b));
  return blocks.map((b) => b.textContent ?? '').join('\n');
}

/** The article text: the suite's extraction of the body when there is one, else the article Gloss finds. */
function articleText(page: string): string {
  if (WHOLE_PAGE) {
    const extracted = join(CORPUS, page, 'expected.html');
    if (!existsSync(extracted)) return corpusText(page);
    return htmlText(readFileSync(extracted, 'utf8'));
  }
  const txt = join(CORPUS, page, 'expected.txt');
  if (existsSync(txt)) return readFileSync(txt, 'utf8');
  const extracted = join(CORPUS, page, 'expected.html');
  if (existsSync(extracted)) return htmlText(readFileSync(extracted, 'utf8'));
  return glossArticleText(readFileSync(join(CORPUS, page, 'source.html'), 'utf8'));
}

function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|li|h\d|div|figcaption|blockquote|td)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#?\w+;/g, ' ');
}

const { table } = compileKnowledgeDir(knowledgeDir());
const matcher = matcherFor(table);
const missing = new Map<string, { pages: number; count: number }>();
let allCandidates = 0;
let allExplained = 0;
const rows: string[] = [];
for (const page of corpusPages()) {
  const text = articleText(page);
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (latin < text.replace(/\s/g, '').length * 0.5) continue; // not an English page
  const language = WHOLE_PAGE ? '' : declaredLanguage(readFileSync(join(CORPUS, page, 'source.html'), 'utf8'));
  if (language !== '' && !language.startsWith('en')) continue; // declared in another language
  const { matches, hints } = matcher.scan(text);
  // Whom the page names by title ("President Trump"), as the background tells each page (titles.ts).
  table.named = titledEntries(table, table.titles ?? [], titledNames(text));
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
