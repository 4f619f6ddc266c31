/**
 * Two builds of the extension on the same corpus pages in one run, loads interleaved so that a busy machine weighs
 * on both alike: the floor (the bare TreeWalker pass, in a browser without Gloss), gloss:scan, its set-up, Gloss's
 * longest task, the marks (which must not differ), and the JS heap Gloss adds. For measuring one change:
 * `tsx scripts/bench/setup-ab.ts <other build's chrome-mv3 folder> [--all] [--loads=N] [--no-heap] [pages...]`
 * (this checkout's measuring build, `.output/measure/chrome-mv3` or GLOSS_EXTENSION_DIR, is the second; `--all`:
 * every corpus page).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, findChromium, startServer, waitForScan } from '../../tests/e2e/harness';
import { FLOOR, median } from './corpus';
import { corpusPages } from './corpus-text';

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const [other, ...named] = argv.filter((a) => !a.startsWith('--'));
if (!other)
  throw new Error(
    'usage: tsx scripts/bench/setup-ab.ts <other chrome-mv3 folder> [--all] [--loads=N] [--no-heap] [pages...]',
  );
const pages = flags.has('--all')
  ? corpusPages()
  : named.length > 0
    ? named
    : ['rdb-nytimes-sudan-sanctions', 'aeb-cnn-trump-health', 'np-cnn-international-front'];
const LOADS = Number([...flags].find((f) => f.startsWith('--loads='))?.slice('--loads='.length) ?? 7);
const HEAP_LOADS = flags.has('--no-heap') ? 0 : 3;

async function open(dir: string | null) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'gloss-ab-'));
  const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'];
  if (dir) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  // No network here: the pages' outside requests fail at once, as in the e2e harness.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1') || url.startsWith('chrome-extension://')) return route.continue();
    return route.abort('blockedbyclient');
  });
  if (dir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface Figures {
  setup: number[];
  /** The set-up's part before the background's reply (reading the page's text, sending it), and after it. */
  before: number[];
  after: number[];
  /** Time in the scan's slices spent collecting text (ScanStats.walk). */
  walk: number[];
  scan: number[];
  longest: number[];
  ratio: number[];
  marks: number[];
  heap: number[];
}

const server = await startServer();
const builds = [
  { label: 'other', dir: other },
  { label: 'this', dir: EXTENSION_DIR },
];
const browsers = await Promise.all([open(null), ...builds.map((b) => open(b.dir))]);
const fmt = (x: number, digits = 1, width = 8) => (Number.isNaN(x) ? '—' : x.toFixed(digits)).padStart(width);
/** Per build, each page's medians: for the summary. */
const summary = builds.map(() => ({
  scan: [] as number[],
  setup: [] as number[],
  before: [] as number[],
  after: [] as number[],
  walk: [] as number[],
  ratio: [] as number[],
}));
const longestWorse: string[] = [];
try {
  console.log(`${LOADS} loads a page, interleaved: no Gloss, ${builds.map((b) => `${b.label} (${b.dir})`).join(', ')}`);
  console.log(
    'page                                     build    floor     scan   set-up (before/after reply)    walk  scan/floor  longest task (median/max)  marks  heap added (MB)',
  );
  for (const name of pages) {
    const url = `${server.origin}/corpus/${name}/source.html`;
    const figures: Figures[] = builds.map(() => ({
      setup: [],
      before: [],
      after: [],
      walk: [],
      scan: [],
      longest: [],
      ratio: [],
      marks: [],
      heap: [],
    }));
    const floors: number[] = [];
    const plainHeap: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      for (let b = -1; b < builds.length; b++) {
        const { context } = browsers[b + 1];
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        if (b < 0) floors.push((await page.evaluate(FLOOR)) as number);
        else {
          figures[b].scan.push(await waitForScan(page));
          const d = await page.evaluate(() => {
            const detail = (performance.getEntriesByName('gloss:scan')[0] as PerformanceMeasure).detail as {
              setup: number;
              longestTask: number;
              walk: number;
              intervals: [number, number][];
            };
            return { ...detail, marks: CSS.highlights.get('gloss-term')?.size ?? 0 };
          });
          figures[b].setup.push(d.setup);
          figures[b].before.push(d.intervals[0][1] - d.intervals[0][0]);
          figures[b].after.push(d.intervals[1][1] - d.intervals[1][0]);
          figures[b].walk.push(d.walk);
          figures[b].longest.push(d.longestTask);
          figures[b].marks.push(d.marks);
        }
        if (i < HEAP_LOADS) {
          await page.waitForTimeout(1_000);
          const cdp = await context.newCDPSession(page);
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
          if (b >= 0) figures[b].heap.push(usedSize);
          else plainHeap.push(usedSize);
        }
        await page.close();
      }
    }
    const floor = median(floors);
    builds.forEach((build, b) => {
      const f = figures[b];
      const ratio = median(f.scan) / Math.max(floor, 0.1);
      summary[b].scan.push(median(f.scan));
      summary[b].setup.push(median(f.setup));
      summary[b].before.push(median(f.before));
      summary[b].after.push(median(f.after));
      summary[b].walk.push(median(f.walk));
      summary[b].ratio.push(ratio);
      const heap = HEAP_LOADS > 0 ? (median(f.heap) - median(plainHeap)) / 1e6 : Number.NaN;
      console.log(
        `${name.padEnd(40)} ${build.label.padEnd(6)} ${fmt(floor)} ${fmt(median(f.scan))} ${fmt(median(f.setup))} ${fmt(median(f.before))} ${fmt(median(f.after))} ${fmt(median(f.walk))} ${fmt(ratio, 1, 11)} ${fmt(median(f.longest), 1, 13)} ${fmt(Math.max(...f.longest), 1, 12)} ${String(median(f.marks)).padStart(6)} ${fmt(heap, 2, 16)}`,
      );
    });
    const [a, b] = figures.map((f) => median(f.longest));
    if (b > a) longestWorse.push(`${name} (${a.toFixed(1)} -> ${b.toFixed(1)} ms)`);
  }
  console.log(
    '\nbuild   scan median   scan worst   set-up median (before/after reply)   walk median   scan/floor median   scan/floor worst',
  );
  builds.forEach((build, b) => {
    const s = summary[b];
    console.log(
      `${build.label.padEnd(6)} ${fmt(median(s.scan), 1, 13)} ${fmt(Math.max(...s.scan), 1, 12)} ${fmt(median(s.setup), 2, 15)} ${fmt(median(s.before), 2, 8)} ${fmt(median(s.after), 2, 8)} ${fmt(median(s.walk), 2, 13)} ${fmt(median(s.ratio), 1, 19)} ${fmt(Math.max(...s.ratio), 1, 18)}`,
    );
  });
  console.log(
    `pages where this build's longest task (median over the loads) exceeds the other's: ${longestWorse.length}${longestWorse.length > 0 ? `: ${longestWorse.join(', ')}` : ''}`,
  );
} finally {
  for (const b of browsers) await b.close();
  await server.close();
}
