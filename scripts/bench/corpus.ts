/**
 * Gloss on every corpus page, side by side in one run: the floor (the first bare TreeWalker pass over the page
 * freshly loaded without Gloss, reading every text node's text and nothing else: the least any scanner must
 * spend), Gloss's gloss:scan (set-up included) and its set-up alone, the time to the first marks, mark.js
 * marking the same aliases in a separate load, and the long tasks of a load with and without Gloss.
 * Medians of several fresh loads; mark.js, which takes seconds to minutes a page, runs once a page under a cap.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { knowledgeDir } from '../../src/knowledge/location';
import { compileKnowledgeDir } from '../../src/knowledge/read-files';
import { AliasFlag } from '../../src/matching/alias-table';
import { launch, ROOT, startServer, waitForScan } from '../../tests/e2e/harness';
import { CORPUS, corpusPages } from './corpus-text';

export const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[xs.length >> 1];

/** Runs in the page: the bare pass. */
export const FLOOR = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) chars += n.data.length;
  return performance.now() - t0;
})()`;

/** Installed before any page script: every long task of the load, as [start, duration]. */
const LONG_TASKS = `window.__longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch {}`;

/** How long after the scan (or, without Gloss, the floor) long tasks are still collected. */
const SETTLE_MS = 600;
/** mark.js runs once a page and stops after this long: it takes seconds to minutes a page. */
const MARKJS_CAP_MS = 45_000;

export interface PageFigures {
  page: string;
  floor: number;
  scan: number;
  setup: number;
  firstMarks: number;
  /** Wall time from main() to the end of the scan, idle waits included. */
  wall: number;
  marks: number;
  ownLongest: number;
  /** Long tasks of the load (navigation to scan end): without Gloss, with Gloss (count, longest). */
  plainLong: [number, number];
  glossLong: [number, number];
  /**
   * The longest long task of a load with Gloss that holds some of Gloss's measured work (0 when none does), and
   * how much of it was Gloss's.
   */
  glossInLong: [task: number, gloss: number];
  markjs: number | null;
  markjsCapped: boolean;
}

/** The aliases Gloss marks (not its context words or not-terms), as mark.js would be given them. */
export function markableAliases(): string[] {
  const { table } = compileKnowledgeDir(knowledgeDir());
  return table.aliases.filter(([, flags]) => (flags & (AliasFlag.Hint | AliasFlag.NotTerm)) === 0).map(([t]) => t);
}

/**
 * Long tasks from the start of navigation until now. Gloss starts at document_idle, which can come before the
 * load event, so its tasks are told apart by comparing loads with and without it, not by a start time.
 */
/**
 * The long tasks that hold some of Gloss's work, told by the intervals gloss:scan's detail records (the set-up's
 * parts and every slice, on the page's clock): the longest such task, and Gloss's part of it. The content
 * script's own evaluation before main() is not among the intervals; the long-animation-frame API, which
 * attributes a frame's time to scripts, leaves extensions' scripts out.
 */
async function glossInLongTasks(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    const { intervals } = (performance.getEntriesByName('gloss:scan')[0] as PerformanceMeasure).detail as {
      intervals: [number, number][];
    };
    let worst: [number, number] = [0, 0];
    for (const [start, duration] of tasks) {
      let ours = 0;
      for (const [a, b] of intervals) ours += Math.max(0, Math.min(b, start + duration) - Math.max(a, start));
      if (ours > 0 && duration > worst[0]) worst = [duration, ours];
    }
    return worst;
  });
}

async function longTasksOfLoad(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    return [tasks.length, Math.max(0, ...tasks.map(([, d]) => d))] as [number, number];
  });
}

/**
 * mark.js in the page, marking `aliases` the way its documentation shows for a list of terms. It marks one
 * keyword list at a time; we hand it batches and stop once `capMs` is spent (its work is synchronous and
 * cannot be interrupted otherwise), reporting "more than the cap".
 */
async function markjsTime(page: Page, aliases: string[], capMs: number): Promise<{ ms: number; capped: boolean }> {
  // Given a CommonJS `module` of its own, the UMD file neither looks for the page's AMD loader nor meets a
  // global the page itself calls Mark (some corpus pages have both).
  const source = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  await page.addScriptTag({
    content: `(function () { var module = { exports: {} }, exports = module.exports, define; ${source}\n window.__MarkJs = module.exports; })();`,
  });
  return page.evaluate(
    ([list, cap]) => {
      const MarkCtor = (window as unknown as { __MarkJs: new (el: Element) => { mark(k: string[], o: object): void } })
        .__MarkJs;
      const instance = new MarkCtor(document.body);
      const t0 = performance.now();
      for (let i = 0; i < list.length; i += 25) {
        instance.mark(list.slice(i, i + 25), {
          separateWordSearch: false,
          accuracy: 'exactly',
          diacritics: false,
          caseSensitive: false,
        });
        if (performance.now() - t0 > cap && i + 25 < list.length) return { ms: performance.now() - t0, capped: true };
      }
      return { ms: performance.now() - t0, capped: false };
    },
    [aliases, capMs] as const,
  );
}

export async function corpusBench({ quick = false, only = [] as string[], noMarkjs = false } = {}): Promise<
  PageFigures[]
> {
  const loads = quick ? 1 : 5;
  let pages = corpusPages();
  if (only.length > 0) pages = pages.filter((p) => only.some((o) => p.includes(o)));
  else if (quick) {
    pages = pages
      .map((name) => ({ name, bytes: statSync(join(CORPUS, name, 'source.html')).size }))
      .toSorted((a, b) => a.bytes - b.bytes)
      .slice(0, 2)
      .map((p) => p.name);
  }
  const aliases = markableAliases();
  const markjsAliases = quick ? aliases.slice(0, 100) : aliases;
  const capMs = quick ? 2_000 : MARKJS_CAP_MS;
  const markjsPages = new Set(noMarkjs ? [] : quick ? pages.slice(0, 2) : pages);
  const server = await startServer();
  const plain = await launch({ withExtension: false });
  const glossed = await launch();
  await plain.context.addInitScript(LONG_TASKS);
  await glossed.context.addInitScript(LONG_TASKS);
  const results: PageFigures[] = [];
  console.log(
    `\nCorpus: ${pages.length} pages, median of ${loads} fresh loads each; mark.js once a page with ${markjsAliases.length} aliases, capped at ${capMs / 1000} s`,
  );
  console.log(
    "page                                      floor   scan  set-up  scan/    first  all marks  marks   mark.js  mark.js/  long tasks of the load     Gloss's   long task with",
  );
  console.log(
    '                                           (ms)   (ms)    (ms)  floor  marks(ms)  wall (ms)            (ms)     scan  without     with        longest (ms)  Gloss (ms)',
  );
  try {
    for (const name of pages) {
      const url = `${server.origin}/corpus/${name}/source.html`;
      const floors: number[] = [];
      const scans: number[] = [];
      const setups: number[] = [];
      const firsts: number[] = [];
      const walls: number[] = [];
      const owns: number[] = [];
      const plainLong: [number, number][] = [];
      const glossLong: [number, number][] = [];
      const glossInLong: [number, number][] = [];
      let marks = 0;
      for (let i = 0; i < loads; i++) {
        let page = await plain.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        floors.push((await page.evaluate(FLOOR)) as number);
        await page.waitForTimeout(quick ? SETTLE_MS / 2 : SETTLE_MS);
        plainLong.push(await longTasksOfLoad(page));
        await page.close();
        page = await glossed.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        scans.push(await waitForScan(page));
        const f = await page.evaluate(() => {
          const detail = (performance.getEntriesByName('gloss:scan')[0] as PerformanceMeasure).detail as {
            setup: number;
            longestTask: number;
            wall: number;
          };
          const first = performance.getEntriesByName('gloss:first-marks')[0];
          return {
            setup: detail.setup,
            wall: detail.wall,
            longest: detail.longestTask,
            first: first ? first.duration : Number.NaN,
            marks: CSS.highlights.get('gloss-term')?.size ?? 0,
          };
        });
        setups.push(f.setup);
        owns.push(f.longest);
        firsts.push(f.first);
        walls.push(f.wall);
        marks = f.marks;
        await page.waitForTimeout(quick ? SETTLE_MS / 2 : SETTLE_MS);
        glossLong.push(await longTasksOfLoad(page));
        glossInLong.push(await glossInLongTasks(page));
        await page.close();
      }
      let markjs: number | null = null;
      let capped = false;
      if (markjsPages.has(name)) {
        const page = await plain.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        try {
          const r = await markjsTime(page, markjsAliases, capMs);
          markjs = r.ms;
          capped = r.capped;
        } catch (error) {
          console.log(`  mark.js failed on ${name}: ${String(error).split('\n')[0]}`);
        }
        await page.close();
      }
      const fig: PageFigures = {
        page: name,
        floor: median(floors),
        scan: median(scans),
        setup: median(setups),
        firstMarks: median(firsts),
        wall: median(walls),
        marks,
        ownLongest: Math.max(...owns),
        plainLong: [Math.max(...plainLong.map((l) => l[0])), Math.max(...plainLong.map((l) => l[1]))],
        glossLong: [Math.max(...glossLong.map((l) => l[0])), Math.max(...glossLong.map((l) => l[1]))],
        glossInLong: glossInLong.toSorted((a, b) => b[0] - a[0])[0],
        markjs,
        markjsCapped: capped,
      };
      results.push(fig);
      printRow(fig);
    }
  } finally {
    await glossed.close();
    await plain.close();
    await server.close();
  }
  printSummary(results);
  return results;
}

const ratioOf = (f: PageFigures) => f.scan / Math.max(f.floor, 0.1);

/** Long tasks as "count/longest ms". */
const lt = ([n, max]: [number, number]) => (n === 0 ? '0' : `${n}/${max.toFixed(0)}`);

function printRow(f: PageFigures): void {
  const mj =
    f.markjs === null ? '—' : `${f.markjsCapped ? '>' : ''}${(f.markjs / 1000).toFixed(f.markjs < 10_000 ? 2 : 1)} s`;
  const mjRatio = f.markjs === null ? '—' : `${f.markjsCapped ? '>' : ''}${Math.round(f.markjs / f.scan)}`;
  console.log(
    `${f.page.padEnd(40)} ${f.floor.toFixed(1).padStart(6)} ${f.scan.toFixed(1).padStart(6)} ${f.setup.toFixed(1).padStart(7)} ${ratioOf(f).toFixed(1).padStart(6)} ${f.firstMarks.toFixed(1).padStart(9)} ${f.wall.toFixed(1).padStart(10)} ${String(f.marks).padStart(7)} ${mj.padStart(9)} ${mjRatio.padStart(8)}  ${lt(f.plainLong).padStart(7)} ${lt(f.glossLong).padStart(8)}  ${f.ownLongest.toFixed(1).padStart(13)}  ${(f.glossInLong[0] === 0 ? '—' : `${f.glossInLong[0].toFixed(0)} (${f.glossInLong[1].toFixed(1)})`).padStart(11)}`,
  );
}

function printSummary(results: PageFigures[]): void {
  if (results.length === 0) return;
  const worst = results.toSorted((a, b) => ratioOf(b) - ratioOf(a))[0];
  console.log(
    `scan/floor: median ${median(results.map(ratioOf)).toFixed(2)}, worst ${ratioOf(worst).toFixed(2)} (${worst.page}); gloss:scan median ${median(results.map((r) => r.scan)).toFixed(1)} ms, set-up median ${median(results.map((r) => r.setup)).toFixed(1)} ms, floor median ${median(results.map((r) => r.floor)).toFixed(1)} ms`,
  );
  const withMarkjs = results.filter((r) => r.markjs !== null);
  if (withMarkjs.length > 0) {
    const ratios = withMarkjs.map((r) => r.markjs! / r.scan);
    const anyCapped = withMarkjs.some((r) => r.markjsCapped);
    console.log(
      `mark.js/scan: median ${anyCapped ? 'at least ' : ''}${Math.round(median(ratios))}, lowest ${Math.round(Math.min(...ratios))}${anyCapped ? ' (capped pages count as their cap: true ratios are higher)' : ''}; mark.js median ${(median(withMarkjs.map((r) => r.markjs!)) / 1000).toFixed(1)} s`,
    );
  }
  const own = results.toSorted((a, b) => b.ownLongest - a.ownLongest)[0];
  console.log(
    `Gloss's longest task: ${own.ownLongest.toFixed(1)} ms (${own.page}); more long tasks in a load with Gloss than without on ${results.filter((r) => r.glossLong[0] > r.plainLong[0]).length} of ${results.length} pages`,
  );
  const holding = results.filter((r) => r.glossInLong[0] > 0);
  const worstHolding = holding.toSorted((a, b) => b.glossInLong[0] - a.glossInLong[0])[0];
  console.log(
    worstHolding === undefined
      ? `long tasks holding any of Gloss's work: none on ${results.length} pages`
      : `long tasks holding some of Gloss's work: on ${holding.length} of ${results.length} pages; the longest ${worstHolding.glossInLong[0].toFixed(0)} ms (${worstHolding.page}), of which Gloss ${worstHolding.glossInLong[1].toFixed(1)} ms; Gloss's largest part of a long task ${Math.max(...holding.map((r) => r.glossInLong[1])).toFixed(1)} ms`,
  );
  const firsts = results.filter((r) => !Number.isNaN(r.firstMarks));
  if (firsts.length > 0) {
    console.log(
      `time to first marks (wall, from main()): median ${median(firsts.map((r) => r.firstMarks)).toFixed(1)} ms, against ${median(firsts.map((r) => r.wall)).toFixed(1)} ms to the end of the scan`,
    );
  }
}
