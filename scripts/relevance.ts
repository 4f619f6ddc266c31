/**
 * What Gloss underlines on real pages with a known article body (../shared/corpus: `expected.html` in rdb- and
 * omni- folders, `expected.txt` in aeb- folders), loaded in the BUILT extension in headless Chromium with the
 * default settings. Per page: the marks, the marks outside the article (a mark is inside when its sentence, or
 * for a long sentence the words around it, is in the expected body or the headline (h1, og:title) or standfirst
 * (og:description), white space and quotes ignored), the
 * distinct entries marked inside, marks per entry, the share outside; then a total line; then every mark judged
 * wrong, with why:
 * - `began`: the entry began after the page's date (the 2023 Gaza war on a 2014 page);
 * - `continued`: a capitalised word continues the marked name into a longer one ("Bangladesh Bank",
 *   "African Renaissance"), unless it is a day or a month, another name Gloss knows, or a person's first name;
 * - `weak`: a one-word part of a longer name of the entry ("Pistorius" of "Boris Pistorius") on a page that
 *   never names the entry in full, nor by a title they held ("Chairman Mao").
 * Usage: npm run build:chrome && npm run relevance [-- --outside --terms --every] [page] (also list the marks
 * outside, and the entries marked inside, by page; mark every mention; one page, each mark listed).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Page, Worker } from 'playwright-core';
import { knowledgeDir } from '../src/knowledge/location';
import { loadKnowledge } from '../src/knowledge/read-files';
import { commonWords } from '../src/knowledge/common-words';
import { compileKnowledge } from '../src/knowledge/compile';
import { AliasFlag } from '../src/matching/alias-table';
import { CALENDAR } from '../src/matching/continuation';
import { dayOfPartial } from '../src/matching/dates';
import { matcherFor } from '../src/matching/matcher';
import { titledEntries, titledNames } from '../src/matching/titles';
import { pageDate } from '../src/page/page-date';
import { launch, SHARED, startServer, waitForScan } from '../tests/e2e/harness';

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const CORPUS = join(SHARED, 'corpus');
const LIST_OUTSIDE = process.argv.includes('--outside');
const LIST_TERMS = process.argv.includes('--terms');
/** Mark every mention (the setting), to see what the article rule does apart from "first mention only". */
const EVERY_MENTION = process.argv.includes('--every');

/** Words before and after a mark that stand for its sentence when the sentence is long (a run-on teaser list). */
const WINDOW = 60;
/** Titles before a name are not another name ("President Obama"). */
const TITLES = new Set(
  'President Prime Minister Mr Mrs Ms Dr Chancellor Secretary Senator Sen Rep Gov Governor King Queen Pope General Gen Judge Justice Lord Sir Dame Prince Princess Foreign Defence Defense Former The A An In On At By Of For And But Or As To From With'.split(
    ' ',
  ),
);

interface Mark {
  text: string;
  /** The sentence around the mark (or the words around it), and the few characters before and after. */
  context: string;
  before: string;
  after: string;
  /** Index of the mark in document order. */
  order: number;
}

/** Runs in the page: every range of Gloss's highlight, in document order, with its sentence. */
function readMarks(window: number): Mark[] {
  const INLINE =
    /^(A|ABBR|B|BDI|BDO|CITE|DATA|DEL|DFN|EM|FONT|I|INS|LABEL|MARK|Q|S|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|WBR|NOBR)$/;
  const ranges = [...(CSS.highlights.get('gloss-term') ?? [])] as Range[];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((range, order) => {
    let block = range.startContainer.parentElement!;
    while (INLINE.test(block.tagName) && block.parentElement) block = block.parentElement;
    const pre = document.createRange();
    pre.setStart(block, 0);
    pre.setEnd(range.startContainer, range.startOffset);
    const text = block.textContent ?? '';
    const start = pre.toString().length;
    const end = start + range.toString().length;
    const sentenceStart = Math.max(
      0,
      ...[...text.slice(0, start).matchAll(/[.!?]["”’)]?\s+/g)].map((m) => m.index! + m[0].length),
    );
    const stop = /[.!?]["”’)]?(\s|$)/g;
    stop.lastIndex = end;
    const sentenceEnd = stop.exec(text)?.index ?? text.length;
    let context = text.slice(sentenceStart, sentenceEnd + 1);
    if (context.length > 4 * window)
      context = text.slice(Math.max(sentenceStart, start - window), Math.min(sentenceEnd + 1, end + window));
    return {
      text: range.toString(),
      context,
      before: text.slice(Math.max(0, start - 40), start),
      after: text.slice(end, end + 40),
      order,
    };
  });
}

const squash = (s: string) =>
  s
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"');

function expectedBody(dir: string): string | null {
  const txt = join(dir, 'expected.txt');
  if (existsSync(txt)) return readFileSync(txt, 'utf8');
  const html = join(dir, 'expected.html');
  if (!existsSync(html)) return null;
  const win = new Window();
  const doc = new win.DOMParser().parseFromString(readFileSync(html, 'utf8'), 'text/html');
  return doc.body.textContent ?? '';
}

function parse(html: string, url: string): Document {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The page's glossary, from its content script: the page must be the active tab (tab URLs are hidden). */
async function listedEntries(worker: Worker, page: Page): Promise<string[]> {
  await page.bringToFront();
  const reply = (await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? null : chrome.tabs.sendMessage(tab.id, { type: 'listPageTerms' });
  })) as { terms: { id: string }[] } | null;
  return reply?.terms.map((t) => t.id) ?? [];
}

async function main(): Promise<void> {
  const { entries, notTerms } = loadKnowledge(knowledgeDir());
  const { table } = compileKnowledge(entries, notTerms, { commonWords: commonWords() });
  const matcher = matcherFor(table);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const given = new Set(table.given);
  // One page's name on the command line: that page alone, each mark listed.
  const only = process.argv.find((a) => !a.startsWith('-') && /^(aeb|rdb|omni)-/.test(a));
  const pages = ['aeb-', 'rdb-', 'omni-']
    .flatMap((prefix) => readdir(CORPUS).filter((n) => n.startsWith(prefix)))
    .filter((n) => only === undefined || n === only);
  const server = await startServer();
  const browser = await launch();
  const worker = browser.context.serviceWorkers()[0];
  if (EVERY_MENTION) {
    await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({ settings: { paused: false, disabledSites: [], firstMentionOnly: false } }),
    );
  }
  const rows: string[][] = [['page', 'marks', 'outside', 'share', 'terms in', 'marks/term', 'wrong']];
  const wrong: string[] = [];
  const outsideList: string[] = [];
  const termList: string[] = [];
  let totalMarks = 0;
  let totalOutside = 0;
  let totalTerms = 0;
  let totalWrong = 0;
  try {
    for (const name of pages) {
      const dir = join(CORPUS, name);
      const body = expectedBody(dir);
      if (body === null) continue;
      const source = readFileSync(join(dir, 'source.html'), 'utf8');
      const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { url?: string };
      const address = /^https?:/.test(meta.url ?? '') ? meta.url! : 'http://example.com/';
      const doc = parse(source, address);
      const date = pageDate(doc, address);
      // The expected bodies leave out the headline and the standfirst, which are the article's own text too.
      const headline = [
        doc.querySelector('h1')?.textContent,
        doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
        doc.querySelector('meta[property="og:description"],meta[name="description"]')?.getAttribute('content'),
      ].join('\n');
      const expected = squash(`${body}\n${headline}`);
      const url = `${server.origin}/corpus/${name}/source.html`;
      const page: Page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await waitForScan(page);
      const marks = await page.evaluate(readMarks, WINDOW);
      const listed = new Set(await listedEntries(worker, page));
      if (only !== undefined) console.log('glossary:', [...listed].join(' '));
      const innerText = squash(await page.evaluate(() => document.body.innerText));
      const pageText = innerText.toLowerCase();
      // Whom the page names by a title they held ("Chairman Mao"): their surname alone is theirs (titles.ts).
      const heldTitle = new Set(titledEntries(table, table.titles ?? [], titledNames(innerText)));
      await page.close();
      let outside = 0;
      let pageWrong = 0;
      const inside = new Set<string>();
      for (const mark of marks) {
        const found = matcher.scan(mark.text).matches;
        const alias = found.length >= 3 ? found[2] : -1;
        const candidates = alias >= 0 ? table.aliases[alias][2].map((e) => table.ids[e]) : [];
        const id = candidates.find((c) => listed.has(c)) ?? (candidates.length === 1 ? candidates[0] : '?');
        const isInside = expected.includes(squash(mark.context));
        if (only !== undefined)
          console.log(
            `${isInside ? 'in ' : 'OUT'} ${mark.text} -> ${id}  «${mark.context.replace(/\s+/g, ' ').trim().slice(0, 90)}»`,
          );
        if (isInside) inside.add(id);
        else {
          outside++;
          outsideList.push(`${name}\t${mark.text}\t${id}\t«${mark.context.replace(/\s+/g, ' ').trim().slice(0, 100)}»`);
        }
        const why: string[] = [];
        const entry = byId.get(id);
        if (entry?.began !== undefined && dayOfPartial(entry.began, 'start') > date.day) {
          why.push(
            `began ${entry.began}, page ${new Date(date.day * 86_400_000).toISOString().slice(0, 10)} (${date.from})`,
          );
        }
        // A headline in Title Case capitalises every word: a capital there says nothing about a longer name.
        const words = mark.context.match(/\p{L}+/gu) ?? [];
        const titleCase = words.filter((w) => /^\p{Lu}/u.test(w)).length > 0.6 * words.length;
        const next = /^[ \u00a0]+(\p{Lu}[\p{L}]+)/u.exec(mark.after)?.[1];
        const previous = /[\p{Ll},][ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+$/u.exec(mark.before)?.[1];
        const capital = /^\p{Lu}/u.test(mark.text);
        // Not a longer name: a day or a month after it ("Tuesday"), another name Gloss knows ("VOA Pentagon
        // correspondent"), or a person's first name ("the European Union Gordon Sondland").
        const nextIsName =
          next !== undefined &&
          (CALENDAR.has(next) || given.has(next) || matcher.scan(mark.after.trimStart()).matches[0] === 0);
        const commonWord = alias >= 0 && (table.aliases[alias][1] & AliasFlag.CommonWord) !== 0;
        if (!capital) {
          // a common noun ("sanctions") after an adjective is no name
        } else if (!titleCase && next !== undefined && !TITLES.has(next) && !nextIsName)
          why.push(`continued: "${mark.text} ${next}"`);
        else if (!titleCase && commonWord && previous !== undefined && !TITLES.has(previous))
          why.push(`continued: "${previous} ${mark.text}"`);
        // A person's surname alone, on a page that never names them in full ("Pistorius" for Boris Pistorius).
        if (entry?.category === 'person' && !/\s/.test(mark.text.trim())) {
          const longer = entry.aliases.filter(
            (a) => a.text.includes(' ') && a.text.split(/\s+/).includes(mark.text.trim()),
          );
          const inFull = longer.some((a) => pageText.includes(squash(a.text).toLowerCase()));
          if (longer.length > 0 && !inFull && !heldTitle.has(entry.id))
            why.push(`weak: "${mark.text}" without "${longer[0].text}" on the page`);
        }
        if (why.length > 0) {
          pageWrong++;
          wrong.push(`${name}\t${mark.text} -> ${id}\t${why.join('; ')}`);
        }
      }
      const terms = inside.size;
      if (LIST_TERMS) termList.push(`${name}\t${[...inside].toSorted().join(' ')}`);
      rows.push([
        name,
        String(marks.length),
        String(outside),
        pct(outside, marks.length),
        String(terms),
        terms === 0 ? '-' : ((marks.length - outside) / terms).toFixed(2),
        String(pageWrong),
      ]);
      totalMarks += marks.length;
      totalOutside += outside;
      totalTerms += terms;
      totalWrong += pageWrong;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  rows.push([
    'TOTAL',
    String(totalMarks),
    String(totalOutside),
    pct(totalOutside, totalMarks),
    String(totalTerms),
    totalTerms === 0 ? '-' : ((totalMarks - totalOutside) / totalTerms).toFixed(2),
    String(totalWrong),
  ]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows)
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  console.log(`\nMarks judged wrong (${wrong.length}):`);
  for (const w of wrong) console.log(`  ${w}`);
  if (LIST_TERMS) {
    console.log('\nEntries marked inside the article:');
    for (const t of termList) console.log(`  ${t}`);
  }
  if (LIST_OUTSIDE) {
    console.log(`\nMarks outside the article (${outsideList.length}):`);
    for (const o of outsideList) console.log(`  ${o}`);
  }
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

function readdir(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .toSorted();
}

await main();
