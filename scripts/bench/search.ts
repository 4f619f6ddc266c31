/**
 * The popup's search: latency per keystroke over the whole knowledge base
 * (Node, the same V8 as the popup), with the index shipped as the build ships
 * it; and, in Chromium, the popup's time from open until results can show.
 */
import { knowledgeDir } from '../../src/knowledge/location';
import { loadKnowledge } from '../../src/knowledge/read-files';
import { buildSearchIndex, type SearchDoc, searcherFrom, toSearchDoc } from '../../src/search/search';
import { launch, startServer, waitForScan } from '../../tests/e2e/harness';

/** What readers type, misspellings included. Each is typed a letter at a time: every prefix is a search. */
export const QUERIES = [
  'Kurile islands',
  'Self Defence Forces',
  'Baerbok',
  'Rottgen',
  'nato',
  'North Atlantic Treaty Organization',
  'LDP',
  'article 9',
  'zaporizhia',
  'Zelenski',
  'european comission',
  'sanctions',
  'Takaichi',
  'IAEA',
  'security council',
  'ceasefire',
  'Crimea',
  'G7',
  'peace treaty',
  'frozen assets',
];

const percentile = (xs: number[], p: number) =>
  xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/**
 * `docs` padded to `factor` times their number with made-up entries like those a large base adds (people with a
 * role and a country, organisations, places), their names from the real names' syllables so they share letters
 * with what readers type, as a real base's names do.
 */
function scaledDocs(docs: readonly SearchDoc[], factor: number): SearchDoc[] {
  if (factor <= 1) return [...docs];
  const syllables = [...new Set(docs.flatMap((d) => d.title.toLowerCase().match(/[a-z]{2,3}/g) ?? []))];
  const word = (n: number, parts: number) => {
    let w = '';
    for (let k = 0; k < parts; k++, n = Math.floor(n / syllables.length) + k * 7919)
      w += syllables[n % syllables.length];
    return w[0].toUpperCase() + w.slice(1);
  };
  const roles = ['Member of Parliament', 'Minister of Finance', 'Ambassador', 'Governor', 'Senator', 'Party leader'];
  const out = [...docs];
  for (let i = 0; out.length < docs.length * factor; i++) {
    const given = word(i * 31 + 7, 2);
    const family = word(i * 17 + 5, 3);
    const country = docs[i % docs.length].title.split(' ')[0];
    const person = i % 3 !== 0;
    const title = person ? `${given} ${family}` : `${family} ${['Institute', 'Council', 'Party', 'Bank'][i % 4]}`;
    out.push(
      toSearchDoc({
        id: `synthetic-${i}`,
        title,
        category: person ? 'person' : 'organisation',
        aliases: person ? [{ text: title }, { text: family }] : [{ text: title }],
        summary: `${roles[i % roles.length]} from ${country} (${1990 + (i % 35)}–${1995 + (i % 31)}), ${word(i, 2).toLowerCase()} ${word(i + 3, 2).toLowerCase()}.`,
      }),
    );
  }
  return out;
}

export function searchLatency({ quick = false } = {}): void {
  const entries = loadKnowledge(knowledgeDir()).entries;
  const bundled = entries.map(toSearchDoc);
  for (const factor of quick ? [1] : [1, 10, 30]) {
    const docs = scaledDocs(bundled, factor);
    const shipped = JSON.parse(JSON.stringify({ docs, index: buildSearchIndex(docs) })) as {
      docs: typeof docs;
      index: ReturnType<typeof buildSearchIndex>;
    };
    const t0 = performance.now();
    const searcher = searcherFrom(shipped.docs, shipped.index);
    const setup = performance.now() - t0;
    const rounds = quick ? 1 : 3;
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of QUERIES) {
        for (let n = 1; n <= q.length; n++) {
          const s = performance.now();
          searcher.search(q.slice(0, n), 12);
          times.push(performance.now() - s);
        }
      }
    }
    console.log(
      `\nPopup search over ${docs.length} entries (${factor}x: ${factor > 1 ? 'synthetic entries added' : 'the bundled ones'}; ${QUERIES.length} queries typed a letter at a time, ${times.length} searches)`,
    );
    console.log(
      `index parse ${setup.toFixed(1)} ms; per keystroke p50 ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`,
    );
  }
}

export async function popupOpen({ quick = false } = {}): Promise<void> {
  const server = await startServer();
  const browser = await launch();
  try {
    const article = await browser.context.newPage();
    await article.goto(`${server.origin}/demo/japan-nato-ukraine.html`);
    await waitForScan(article);
    const worker = browser.context.serviceWorkers()[0];
    const tabId = await worker.evaluate(
      async () =>
        (
          await (
            globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
          ).chrome.tabs.query({ active: true, lastFocusedWindow: true })
        )[0].id,
    );
    const opens: number[] = [];
    const glossaries: number[] = [];
    for (let i = 0; i < (quick ? 2 : 7); i++) {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForFunction(() => performance.getEntriesByName('gloss:popup-ready').length > 0);
      opens.push(await popup.evaluate(() => performance.getEntriesByName('gloss:popup-ready')[0].startTime));
      await popup.waitForSelector('[role="option"]');
      glossaries.push(await popup.evaluate(() => performance.now()));
      await popup.close();
      await article.bringToFront();
    }
    const first = opens.length > 1 ? opens.slice(1) : opens; // the first open also loads the code cache
    console.log(
      `Popup open (Chromium, navigation start -> search ready): median ${percentile(first, 0.5).toFixed(1)} ms (first open ${opens[0].toFixed(1)} ms); page's glossary shown after ${percentile(glossaries, 0.5).toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
