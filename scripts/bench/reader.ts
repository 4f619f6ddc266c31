/**
 * What the reader feels besides the scan: the card's latency from the dwell's end to the frame that paints it
 * (gloss:card-visible), and the JS heap Gloss adds on the largest corpus page.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { hoverCard, launch, pointOf, startServer, waitForScan } from '../../tests/e2e/harness';
import { median } from './corpus';
import { CORPUS, corpusPages } from './corpus-text';

/** Terms of the seed article, hovered one after another; the first is the page's first card. */
const TERMS = ['Kuril Islands', 'NATO', 'Indo-Pacific', 'European Union', 'Self-Defense Forces', 'Diet'];

export async function cardLatency({ quick = false } = {}): Promise<void> {
  const server = await startServer();
  const browser = await launch();
  const firsts: number[] = [];
  const all: number[] = [];
  const readies: number[] = [];
  const firstReadies: number[] = [];
  try {
    for (let load = 0; load < (quick ? 1 : 3); load++) {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/demo/japan-nato-ukraine.html`, { waitUntil: 'load' });
      await waitForScan(page);
      let shown = 0;
      for (const term of quick ? TERMS.slice(0, 2) : TERMS) {
        const point = await pointOf(page, term);
        if (point === null || (await hoverCard(page, point)) === null) {
          console.log(`  (no card for "${term}")`);
          continue;
        }
        const handle = await page.waitForFunction((n) => {
          const entries = performance.getEntriesByName('gloss:card-visible') as PerformanceMeasure[];
          return entries.length > n ? [entries[n].duration, entries[n].detail.ready as number] : null;
        }, shown);
        const [ms, ready] = (await handle.jsonValue())!;
        all.push(ms);
        readies.push(ready);
        if (shown === 0) {
          firsts.push(ms);
          firstReadies.push(ready);
        }
        shown++;
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `\nCard latency (dwell's end -> frame that paints the card), ${all.length} hovers: median ${median(all).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms; a page's first card: median ${median(firsts).toFixed(1)} ms (built and placed after ${median(firstReadies).toFixed(1)} ms); built and placed, before waiting for the frame: median ${median(readies).toFixed(1)} ms, max ${Math.max(...readies).toFixed(1)} ms`,
  );
}

export async function heapGrowth({ quick = false } = {}): Promise<void> {
  const bySize = corpusPages()
    .map((name) => ({ name, bytes: statSync(join(CORPUS, name, 'source.html')).size }))
    .toSorted((a, b) => b.bytes - a.bytes);
  const { name, bytes } = quick ? bySize.at(-1)! : bySize[0];
  const server = await startServer();
  const plain = await launch({ withExtension: false });
  const glossed = await launch();
  const used: Record<'plain' | 'glossed', number[]> = { plain: [], glossed: [] };
  try {
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      for (const [key, browser] of [
        ['plain', plain],
        ['glossed', glossed],
      ] as const) {
        const page = await browser.context.newPage();
        await page.goto(`${server.origin}/corpus/${name}/source.html`, { waitUntil: 'load' });
        if (key === 'glossed') await waitForScan(page);
        // The same wait either way, so the page's own work settles alike.
        await page.waitForTimeout(1_000);
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        used[key].push(usedSize);
        await page.close();
      }
    }
  } finally {
    await glossed.close();
    await plain.close();
    await server.close();
  }
  const growth = median(used.glossed) - median(used.plain);
  console.log(
    `\nJS heap on ${name} (${(bytes / 1e6).toFixed(1)} MB), after GC: ${(median(used.plain) / 1e6).toFixed(2)} MB without Gloss, ${(median(used.glossed) / 1e6).toFixed(2)} MB with: Gloss adds ${(growth / 1e6).toFixed(2)} MB`,
  );
}
