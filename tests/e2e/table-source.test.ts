/**
 * Where the page gets the alias table: from storage, where the background
 * publishes it, or, when storage lacks it or holds another build's (the first
 * pages after an install or update, a cleared or damaged value), from the
 * background directly. Either way the page is marked.
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

describe('the alias table', () => {
  it('is published to storage by the background, with its version', async () => {
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.storage.local.get('aliasTable')).aliasTable !== undefined))
      .toBe(true);
    const stored = (await worker.evaluate(async () => (await chrome.storage.local.get('aliasTable')).aliasTable)) as {
      version: string;
      json: string;
    };
    expect(stored.version).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.parse(stored.json).ids.length).toBeGreaterThan(600);
    expect(await marksOnSeed()).toBeGreaterThan(10);
  });

  it('comes from the background when storage has none', async () => {
    await worker.evaluate(() => chrome.storage.local.remove('aliasTable'));
    expect(await marksOnSeed()).toBeGreaterThan(10);
  });

  it('comes from the background when storage holds an outdated one', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ aliasTable: { version: 'old', json: '{}' } }));
    expect(await marksOnSeed()).toBeGreaterThan(10);
  });

  it('comes from the background when storage holds a damaged one of the right version', async () => {
    await worker.evaluate(async () => {
      const { aliasTable } = (await chrome.storage.local.get('aliasTable')) as { aliasTable?: { version: string } };
      await chrome.storage.local.set({ aliasTable: { version: aliasTable?.version, json: '{"broken' } });
    });
    expect(await marksOnSeed()).toBeGreaterThan(10);
    // ...and the background has put a good copy back for the pages after it.
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const { aliasTable } = (await chrome.storage.local.get('aliasTable')) as { aliasTable?: { json: string } };
          return aliasTable?.json.startsWith('{"v":1') ?? false;
        }),
      )
      .toBe(true);
  });
});
