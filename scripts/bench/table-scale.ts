/**
 * How the content script's set-up scales with the knowledge base (issues #16 and #18): at today's size and at 10
 * and 30 times the aliases (synthetic, see synthetic-table.ts), the published table's size, what the page does to
 * get from it to a matcher (decode the table, build the matcher: Node, the same V8 as Chromium), and, in
 * Chromium with the built extension and that table in its storage: the storage read of settings and table, the
 * set-up gloss:scan reports (the table's decode, the matcher, the card's host, the listeners), and the JS heap Gloss
 * adds to a page.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { knowledgeDir } from '../../src/knowledge/location';
import { compileKnowledgeDir } from '../../src/knowledge/read-files';
import { ALIAS_TABLE_KEY, type AliasTable } from '../../src/matching/alias-table';
import { publishedForm, readPublished } from '../../src/matching/table-transport';
import { Matcher } from '../../src/matching/matcher';
import { launch, startServer, waitForScan } from '../../tests/e2e/harness';
import { median } from './corpus';
import { scaledTable } from './synthetic-table';

declare const chrome: {
  storage: { local: { get(keys: string | string[]): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const FACTORS = [1, 10, 30];
/** A mid-sized corpus page: the set-up does not depend on the page, the heap a little. */
const PAGE = 'rdb-nytimes-sudan-sanctions';

const mb = (bytes: number) => (bytes / 1e6).toFixed(2);

function nodeFigures(table: AliasTable, runs: number) {
  const published = JSON.parse(JSON.stringify(publishedForm(table, 'bench'))) as unknown;
  const decodes: number[] = [];
  const builds: number[] = [];
  let kept: unknown = null;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let r = 0; r < runs; r++) {
    kept = null;
    gc();
    const t0 = performance.now();
    const decoded = readPublished(published, 'bench')!;
    const t1 = performance.now();
    const matcher = new Matcher(decoded);
    const t2 = performance.now();
    decodes.push(t1 - t0);
    builds.push(t2 - t1);
    kept = matcher;
  }
  gc();
  const heap = process.memoryUsage().heapUsed - before + (kept === null ? 0 : 0);
  return { bytes: JSON.stringify(published).length, decode: median(decodes), build: median(builds), heap };
}

export async function tableScale({ quick = false } = {}): Promise<void> {
  const base = compileKnowledgeDir(knowledgeDir()).table;
  const tables = FACTORS.map((f) => ({ factor: f, table: scaledTable(base, f) }));
  console.log(
    `\nSet-up as the knowledge base grows (${base.ids.length} entries, ${base.aliases.length} aliases today)`,
  );
  console.log('size   entries  aliases   stored (MB)   decode (ms)   matcher (ms)   heap held (MB, Node)');
  for (const { factor, table } of tables) {
    const f = nodeFigures(table, quick ? 3 : 9);
    console.log(
      `${`${factor}x`.padEnd(5)} ${String(table.ids.length).padStart(8)} ${String(table.aliases.length).padStart(8)}   ${mb(f.bytes).padStart(11)}   ${f.decode.toFixed(2).padStart(11)}   ${f.build.toFixed(2).padStart(12)}   ${mb(f.heap).padStart(8)}`,
    );
  }

  const server = await startServer();
  const plain = await launch({ withExtension: false });
  const plainHeap: number[] = [];
  try {
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const page = await plain.context.newPage();
      await page.goto(`${server.origin}/corpus/${PAGE}/source.html`, { waitUntil: 'load' });
      await page.waitForTimeout(1_000);
      const cdp = await plain.context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      plainHeap.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
      await page.close();
    }
  } finally {
    await plain.close();
  }
  console.log(
    `\nIn Chromium, ${PAGE} (medians of ${quick ? 2 : 7} loads; heap after GC, less the page's own ${mb(median(plainHeap))} MB)`,
  );
  console.log('size   storage read (ms)   set-up in gloss:scan (ms)   gloss:scan (ms)   heap added (MB)');
  try {
    for (const { factor, table } of tables) {
      const browser = await launch();
      try {
        const worker = browser.context.serviceWorkers()[0];
        // The build's version, from the table the background publishes at install.
        const version = await worker.evaluate(async (key) => {
          for (;;) {
            const stored = (await chrome.storage.local.get(key))[key] as { version?: string } | undefined;
            if (stored?.version) return stored.version;
            await new Promise((r) => setTimeout(r, 50));
          }
        }, ALIAS_TABLE_KEY);
        await worker.evaluate(
          async ([key, value]) => {
            await chrome.storage.local.set({ [key]: JSON.parse(value) });
          },
          [ALIAS_TABLE_KEY, JSON.stringify(publishedForm(table, version))] as const,
        );
        const reads: number[] = [];
        const setups: number[] = [];
        const scans: number[] = [];
        const heaps: number[] = [];
        const ext = await browser.context.newPage();
        await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
        for (let i = 0; i < (quick ? 2 : 7); i++) {
          reads.push(
            await ext.evaluate(async (key) => {
              const t0 = performance.now();
              await chrome.storage.local.get(['settings', key]);
              return performance.now() - t0;
            }, ALIAS_TABLE_KEY),
          );
          const page = await browser.context.newPage();
          await page.goto(`${server.origin}/corpus/${PAGE}/source.html`, { waitUntil: 'load' });
          scans.push(await waitForScan(page));
          setups.push(
            await page.evaluate(
              () =>
                ((performance.getEntriesByName('gloss:scan')[0] as PerformanceMeasure).detail as { setup: number })
                  .setup,
            ),
          );
          if (i < 3) {
            await page.waitForTimeout(1_000);
            const cdp = await browser.context.newCDPSession(page);
            await cdp.send('HeapProfiler.collectGarbage');
            heaps.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
          }
          await page.close();
        }
        console.log(
          `${`${factor}x`.padEnd(5)}  ${median(reads).toFixed(2).padStart(17)}   ${median(setups).toFixed(2).padStart(25)}   ${median(scans).toFixed(1).padStart(15)}   ${mb(median(heaps) - median(plainHeap)).padStart(15)}`,
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
}
