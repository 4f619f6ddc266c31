/**
 * How the content script's set-up scales with the knowledge base (issues #16 and #18), at today's size and at 10
 * and 30 times the aliases (synthetic, see synthetic-table.ts). Node (the same V8 as Chromium): what the
 * background does once a wake-up (parse and index the whole table) and for each page (cut the page's table from
 * its words), and what the page does with the answer (parse it, build the matcher), with the heap each holds. In
 * Chromium, with the extension built at each size (GLOSS_BENCH_ALIAS_SCALE): the content script's storage read,
 * the background's answer to a page, the set-up gloss:scan reports, and the JS heap Gloss adds to a page.
 */
import { execFileSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { knowledgeDir } from '../../src/knowledge/location';
import { compileKnowledgeDir } from '../../src/knowledge/read-files';
import type { AliasTable } from '../../src/matching/alias-table';
import { decodedMatcher, matcherFor } from '../../src/matching/matcher';
import { AliasDirectory } from '../../src/matching/table-subset';
import { addWordKeys, KeySet, keysFromBase64, keysToBase64 } from '../../src/matching/word-keys';
import { launch, ROOT, startServer, waitForScan } from '../../tests/e2e/harness';
import { median } from './corpus';
import { corpusPages, corpusText } from './corpus-text';
import { scaledTable } from './synthetic-table';

declare const chrome: {
  storage: { local: { get(keys: string | string[]): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const FACTORS = [1, 10, 30];
/** The page the Chromium figures are taken on: a long news article. */
const PAGE = 'rdb-nytimes-sudan-sanctions';

const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
const timed = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
};
/** The heap `make` leaves held, after GC. */
function held<T>(make: () => T): [T, number] {
  gc();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  gc();
  return [value, process.memoryUsage().heapUsed - before];
}

function wordsOf(text: string): KeySet {
  const keys = new KeySet();
  addWordKeys(text, keys);
  return keys;
}

function nodeFigures(table: AliasTable, pages: KeySet[], runs: number) {
  const json = JSON.stringify(table);
  const wakes: number[] = [];
  for (let r = 0; r < runs; r++) wakes.push(timed(() => new AliasDirectory(JSON.parse(json) as AliasTable))[1]);
  const [directory, directoryHeap] = held(() => new AliasDirectory(JSON.parse(json) as AliasTable));
  const cuts: number[] = [];
  const sizes: number[] = [];
  const aliases: number[] = [];
  const pageSetups: number[] = [];
  const oldSizes: number[] = [];
  const oldPageSetups: number[] = [];
  const pageHeaps: number[] = [];
  for (const words of pages) {
    const [sub, cut] = timed(() => directory.subset(words));
    const reply = JSON.stringify({ version: 'x', own: '', table: sub });
    cuts.push(cut);
    sizes.push(reply.length);
    aliases.push(sub.aliases.length);
    const setups: number[] = [];
    // The page parses the reply and decodes the index the background built with its words (decodedMatcher).
    for (let r = 0; r < runs; r++) {
      setups.push(
        timed(() => {
          const { table: t } = JSON.parse(reply) as { table: AliasTable };
          return decodedMatcher(t, new KeySet());
        })[1],
      );
    }
    pageSetups.push(median(setups));
    // Before issue #16's change, for comparison in the same run: the reply carried the page's word keys instead of
    // the index, and the page decoded them and built the index itself.
    const { index: _, ...withoutIndex } = sub;
    const oldReply = JSON.stringify({ version: 'x', own: '', table: withoutIndex, words: keysToBase64(words) });
    oldSizes.push(oldReply.length);
    const oldSetups: number[] = [];
    for (let r = 0; r < runs; r++) {
      oldSetups.push(
        timed(() => {
          const old = JSON.parse(oldReply) as { table: AliasTable; words: string };
          return matcherFor(old.table, { known: keysFromBase64(old.words)!, unseen: new KeySet() });
        })[1],
      );
    }
    oldPageSetups.push(median(oldSetups));
    pageHeaps.push(held(() => decodedMatcher((JSON.parse(reply) as { table: AliasTable }).table, new KeySet()))[1]);
  }
  return {
    whole: json.length,
    wake: median(wakes),
    directoryHeap,
    cut: median(cuts),
    reply: median(sizes),
    aliases: median(aliases),
    maxAliases: Math.max(...aliases),
    pageSetup: median(pageSetups),
    oldReply: median(oldSizes),
    oldPageSetup: median(oldPageSetups),
    pageHeap: median(pageHeaps),
  };
}

function build(factor: number): void {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, GLOSS_BENCH_ALIAS_SCALE: String(factor) },
    stdio: 'ignore',
  });
}

/** `inBrowser: false` (`--node-only`): the Node part alone, without rebuilding the extension at each size. */
export async function tableScale({ quick = false, inBrowser = true } = {}): Promise<void> {
  const base = compileKnowledgeDir(knowledgeDir()).table;
  const tables = FACTORS.map((f) => ({ factor: f, table: scaledTable(base, f) }));
  const allPages = corpusPages().map((p) => wordsOf(corpusText(p)));
  const pages = quick ? allPages.slice(0, 3) : allPages;
  console.log(
    `\nSet-up as the knowledge base grows (${base.ids.length} entries, ${base.aliases.length} aliases today), Node; medians over ${pages.length} corpus pages`,
  );
  console.log(
    'size  entries  aliases | background: whole (MB)  wake (ms)  heap (MB)  cut a page (ms) | page: table (KB)  aliases (max)  parse+matcher (ms)  heap (MB)',
  );
  for (const { factor, table } of tables) {
    const f = nodeFigures(table, pages, quick ? 3 : 7);
    console.log(
      `${`${factor}x`.padEnd(5)} ${String(table.ids.length).padStart(7)}  ${String(table.aliases.length).padStart(7)} | ${mb(f.whole).padStart(22)}  ${f.wake.toFixed(1).padStart(9)}  ${mb(f.directoryHeap).padStart(9)}  ${f.cut.toFixed(2).padStart(15)} | ${(f.reply / 1e3).toFixed(1).padStart(16)}  ${`${f.aliases} (${f.maxAliases})`.padStart(13)}  ${f.pageSetup.toFixed(2).padStart(18)}  ${mb(f.pageHeap).padStart(9)} | before #16: table (KB) ${(f.oldReply / 1e3).toFixed(1)}, parse+matcher (ms) ${f.oldPageSetup.toFixed(2)}`,
    );
  }

  if (!inBrowser) return;
  const server = await startServer();
  const plain = await launch({ withExtension: false });
  const plainHeap: number[] = [];
  const loads = quick ? 2 : 7;
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
  const words = keysToBase64(wordsOf(corpusText(PAGE)));
  console.log(
    `\nIn Chromium, ${PAGE} (medians of ${loads} loads; heap after GC, less the page's own ${mb(median(plainHeap))} MB; the background's first answer after its start in brackets)`,
  );
  console.log(
    'size  storage read (ms)  background answers (ms)  set-up in gloss:scan (ms)  gloss:scan (ms)  heap added (MB)',
  );
  try {
    for (const { factor } of quick ? tables.slice(0, 1) : tables) {
      if (factor > 1) build(factor);
      const browser = await launch();
      try {
        const reads: number[] = [];
        const answers: number[] = [];
        const setups: number[] = [];
        const scans: number[] = [];
        const heaps: number[] = [];
        const ext = await browser.context.newPage();
        await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
        const ask = () =>
          ext.evaluate(async (w) => {
            const t0 = performance.now();
            await chrome.runtime.sendMessage({ type: 'getPageTable', words: w });
            return performance.now() - t0;
          }, words);
        const first = await ask();
        for (let i = 0; i < loads; i++) {
          reads.push(
            await ext.evaluate(async () => {
              const t0 = performance.now();
              await chrome.storage.local.get('settings');
              return performance.now() - t0;
            }),
          );
          answers.push(await ask());
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
          `${`${factor}x`.padEnd(5)} ${median(reads).toFixed(2).padStart(17)}  ${`${median(answers).toFixed(2)} (${first.toFixed(0)})`.padStart(23)}  ${median(setups).toFixed(2).padStart(25)}  ${median(scans).toFixed(1).padStart(15)}  ${mb(median(heaps) - median(plainHeap)).padStart(15)}`,
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    // Leave the build as `npm run build:chrome` makes it.
    if (!quick) build(1);
    await server.close();
  }
}
