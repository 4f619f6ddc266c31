/**
 * Gloss against the floor, on every corpus page: the floor is the first bare
 * TreeWalker pass over the page freshly loaded without Gloss, reading every
 * text node's text and nothing else (the least any scanner must spend);
 * Gloss's cost is its gloss:scan measure, set-up included. Medians of several
 * fresh loads; prints the ratio per page, the median ratio and the worst page.
 */
import { launch, startServer, waitForScan } from '../../tests/e2e/harness';
import { corpusPages } from './corpus-text';

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[xs.length >> 1];

/** Runs in the page: the bare pass. */
const FLOOR = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) chars += n.data.length;
  return [performance.now() - t0, chars];
})()`;

export async function scanVersusFloor({ quick = false } = {}): Promise<void> {
  const loads = quick ? 1 : 5;
  const pages = quick ? corpusPages().slice(0, 3) : corpusPages();
  const server = await startServer();
  const plain = await launch({ withExtension: false });
  const glossed = await launch();
  const ratios: { page: string; ratio: number }[] = [];
  console.log(`\ngloss:scan against the floor (median of ${loads} fresh load${loads > 1 ? 's' : ''} each)`);
  console.log('page                                            floor (ms)  gloss:scan (ms)  set-up (ms)   ratio');
  try {
    for (const name of pages) {
      const url = `${server.origin}/corpus/${name}/source.html`;
      const floors: number[] = [];
      const scans: number[] = [];
      const setups: number[] = [];
      for (let i = 0; i < loads; i++) {
        let page = await plain.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        floors.push(((await page.evaluate(FLOOR)) as [number, number])[0]);
        await page.close();
        page = await glossed.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        scans.push(await waitForScan(page));
        setups.push(
          await page.evaluate(
            () => (performance.getEntriesByName('gloss:scan')[0] as PerformanceMeasure).detail.setup as number,
          ),
        );
        await page.close();
      }
      const floor = median(floors);
      const scan = median(scans);
      const ratio = scan / Math.max(floor, 0.1);
      ratios.push({ page: name, ratio });
      console.log(
        `${name.padEnd(46)} ${floor.toFixed(1).padStart(10)}  ${scan.toFixed(1).padStart(15)}  ${median(setups).toFixed(1).padStart(11)}  ${ratio.toFixed(2).padStart(6)}`,
      );
    }
  } finally {
    await glossed.close();
    await plain.close();
    await server.close();
  }
  const worst = ratios.toSorted((a, b) => b.ratio - a.ratio)[0];
  console.log(
    `median scan/floor ${median(ratios.map((r) => r.ratio)).toFixed(2)}; worst ${worst.ratio.toFixed(2)} (${worst.page})`,
  );
}
