/**
 * Two builds of the extension on the same corpus pages in one run, loads interleaved so that a busy machine weighs
 * on both alike: gloss:scan's set-up, gloss:scan, and the JS heap Gloss adds. For measuring one change:
 * `tsx scripts/bench/setup-ab.ts <other build's chrome-mv3 folder> [pages...]` (this checkout's .output/chrome-mv3 is
 * the second).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, findChromium, startServer, waitForScan } from '../../tests/e2e/harness';
import { median } from './corpus';

const [other, ...named] = process.argv.slice(2);
if (!other) throw new Error('usage: tsx scripts/bench/setup-ab.ts <other chrome-mv3 folder> [pages...]');
const pages =
  named.length > 0 ? named : ['rdb-nytimes-sudan-sanctions', 'aeb-cnn-trump-health', 'np-cnn-international-front'];
const LOADS = 7;

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

const server = await startServer();
const builds = [
  { label: 'other', dir: other },
  { label: 'this', dir: EXTENSION_DIR },
];
const browsers = await Promise.all([open(null), ...builds.map((b) => open(b.dir))]);
try {
  console.log('page                               build   set-up (ms)   gloss:scan (ms)   heap added (MB)');
  for (const name of pages) {
    const url = `${server.origin}/corpus/${name}/source.html`;
    const figures = builds.map(() => ({ setup: [] as number[], scan: [] as number[], heap: [] as number[] }));
    const plainHeap: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      for (let b = -1; b < builds.length; b++) {
        const { context } = browsers[b + 1];
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        if (b >= 0) {
          figures[b].scan.push(await waitForScan(page));
          figures[b].setup.push(
            await page.evaluate(
              () =>
                ((performance.getEntriesByName('gloss:scan')[0] as PerformanceMeasure).detail as { setup: number })
                  .setup,
            ),
          );
        }
        if (i < 3) {
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
    builds.forEach((build, b) => {
      const f = figures[b];
      console.log(
        `${name.padEnd(34)} ${build.label.padEnd(6)} ${median(f.setup).toFixed(2).padStart(12)}   ${median(f.scan).toFixed(1).padStart(15)}   ${((median(f.heap) - median(plainHeap)) / 1e6).toFixed(2).padStart(15)}`,
      );
    });
  }
} finally {
  for (const b of browsers) await b.close();
  await server.close();
}
