/**
 * gloss:scan in Chromium with the built extension on the two seed articles
 * (the corpus pages are in corpus.ts): the median of several fresh loads, the
 * set-up, slices and longest task (from the measure's detail), the number of
 * marks, and the content script's size.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, RELEASE_EXTENSION_DIR, startServer, waitForScan } from '../../tests/e2e/harness';

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[xs.length >> 1];

export function contentScriptSize(): { raw: number; gzip: number } {
  // The size that ships: the release build's (npm test and `npm run build` make it).
  const file = join(RELEASE_EXTENSION_DIR, 'content-scripts/content.js');
  return { raw: statSync(file).size, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
}

export async function scanTimes({ quick = false } = {}): Promise<void> {
  const loads = quick ? 1 : 5;
  const pages = [
    { label: 'seed: japan-ukraine-security-guarantees', path: '/demo/japan-ukraine-security-guarantees.html' },
    { label: 'seed: japan-nato-ukraine', path: '/demo/japan-nato-ukraine.html' },
  ];
  const server = await startServer();
  const browser = await launch();
  console.log(`\ngloss:scan in Chromium (median of ${loads} fresh load${loads > 1 ? 's' : ''})`);
  console.log(
    'page                                                         scan (ms)   min–max (ms)   set-up (ms)   slices   longest task (ms)   marks',
  );
  try {
    for (const { label, path } of pages) {
      const times: number[] = [];
      const setups: number[] = [];
      const longest: number[] = [];
      let slices = 0;
      let marks = 0;
      for (let i = 0; i < loads; i++) {
        const page = await browser.context.newPage();
        await page.goto(server.origin + path, { waitUntil: 'load' });
        times.push(await waitForScan(page));
        marks = await page.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0);
        const detail = (await page.evaluate(
          () => (performance.getEntriesByName('gloss:scan')[0] as PerformanceMeasure).detail,
        )) as { setup: number; slices: number; longestTask: number };
        setups.push(detail.setup);
        longest.push(detail.longestTask);
        slices = detail.slices;
        await page.close();
      }
      const range = `${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)}`;
      console.log(
        `${label.padEnd(60)} ${median(times).toFixed(1).padStart(9)}   ${range.padStart(12)}   ${median(setups).toFixed(2).padStart(11)}   ${String(slices).padStart(6)}   ${Math.max(
          ...longest,
        )
          .toFixed(1)
          .padStart(17)}   ${String(marks).padStart(5)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const size = contentScriptSize();
  console.log(
    `\nContent script: ${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gzip / 1024).toFixed(1)} KB gzipped (budget 40 KB gzipped)`,
  );
}
