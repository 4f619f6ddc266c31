/**
 * Where the page gets its alias table: from the background, for the page's words (see
 * src/matching/table-subset.ts), whatever storage holds; and again for words the page adds later.
 */
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, launch, startServer, waitForScan } from './harness';

declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(v: object): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
};

let server: FixtureServer;
let browser: Browser;
let worker: Worker;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  worker = browser.context.serviceWorkers()[0];
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function marksOnSeed(): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/japan-nato-ukraine.html`);
  await waitForScan(page);
  const marks = await page.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0);
  await page.close();
  return marks;
}

describe("the page's alias table", () => {
  it('comes from the background for the words of the page; storage holds only which table it serves', async () => {
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.storage.local.get('aliasTable')).aliasTable !== undefined))
      .toBe(true);
    const stored = (await worker.evaluate(async () => (await chrome.storage.local.get('aliasTable')).aliasTable)) as {
      version: string;
      own: string;
    };
    expect(stored).toEqual({ version: expect.stringMatching(/^[0-9a-f]{16}$/), own: '' });
    expect(await marksOnSeed()).toBeGreaterThan(10);
  });

  it("marks the page when storage has no marker, or another build's", async () => {
    await worker.evaluate(() => chrome.storage.local.remove('aliasTable'));
    expect(await marksOnSeed()).toBeGreaterThan(10);
    await worker.evaluate(() => chrome.storage.local.set({ aliasTable: { version: 'old', json: '{}' } }));
    expect(await marksOnSeed()).toBeGreaterThan(10);
  });

  it('grows when the page adds text whose words it did not have: those terms are marked too', async () => {
    const url = server.put(
      '/added-later.html',
      '<!doctype html><html lang="en"><body><article><p>A short note about the weather this week.</p></article></body></html>',
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForScan(page);
    expect(await page.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0)).toBe(0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'Later, the North Atlantic Treaty Organization met in Brussels, and the International Atomic Energy Agency reported on Zaporizhzhia.';
      document.querySelector('article')!.append(p);
    });
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('gloss-term') ?? [])].map((r) => (r as Range).toString()).toSorted(),
    );
    expect(marked).toEqual(
      expect.arrayContaining(['International Atomic Energy Agency', 'North Atlantic Treaty Organization']),
    );
    await page.close();
  });
});
