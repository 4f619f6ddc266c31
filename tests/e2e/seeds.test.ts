/**
 * The foundation's promise, in real Chromium with the built extension: on
 * both seed articles every `must` term opens the card of the right entry,
 * traps give no card for the wrong meaning, and the page's body is untouched.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryTitles, MEANING_IDS, readExpectedTerms, SEED_PAGES, TRAP_TARGETS } from '../fixtures/seed-terms';
import {
  type Browser,
  type FixtureServer,
  hoverCard,
  launch,
  pointOf,
  snapshotBodyBeforeGloss,
  startServer,
  waitForScan,
} from './harness';

const expected = readExpectedTerms();
const titleOf = entryTitles();

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  // Each must-term and trap is about what one occurrence means, not only the first: mark every mention.
  await browser.context.serviceWorkers()[0].evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({
      settings: { paused: false, disabledSites: [], firstMentionOnly: false },
      settings$: { v: 3 },
    }),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  // Snapshot the body as the page built it, before Gloss's content script (document_idle) runs.
  await page.addInitScript(snapshotBodyBeforeGloss);
  await page.goto(url);
  await waitForScan(page);
  return page;
}

for (const [seed, article] of Object.entries(expected.articles)) {
  describe(`seed ${seed}`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await openPage(server.origin + SEED_PAGES[seed]);
    });

    it.each(article.must.map((t) => [t.surface, t.means]))('"%s" opens the card for %s', async (surface) => {
      const point = await pointOf(page, surface);
      expect(point, `"${surface}" is on the page`).not.toBeNull();
      expect(await hoverCard(page, point!)).toBe(titleOf(MEANING_IDS[surface]));
    });

    it('leaves the body exactly as the page built it', async () => {
      // A card has been opened by now, so Gloss's host exists: it must live outside <body>.
      expect(await page.locator('gloss-explainer').count()).toBe(1);
      const [before, after] = await page.evaluate(() => [
        (window as unknown as { __bodyBefore: string }).__bodyBefore,
        document.body.innerHTML,
      ]);
      expect(after).toBe(before);
    });

    it('records one gloss:scan measure', async () => {
      const count = await page.evaluate(() => performance.getEntriesByName('gloss:scan').length);
      expect(count).toBe(1);
    });
  });
}

describe('traps', () => {
  it.each(expected.traps.map((t, i) => [t.text, t.not, i] as const))(
    '"%s" gives no card for %s',
    async (text, _not, i) => {
      const target = TRAP_TARGETS[text];
      expect(target, 'every trap has a hover target').toBeDefined();
      const url = server.put(`/trap-${i}.html`, `<!doctype html><p style="font-size:24px">${text}</p>`);
      const page = await openPage(url);
      const point = await pointOf(page, target.hover, target.nth ?? 0);
      expect(point).not.toBeNull();
      const title = await hoverCard(page, point!, 1_500);
      // A trap either gives no card, or the card of its right meaning (the Syrian SDF, the GDPR).
      expect(title).toBe(target.instead ? titleOf(target.instead) : null);
      await page.close();
    },
  );
});
