/**
 * The foundation's promise in Firefox ESR with the built Firefox extension,
 * against the same expectations as the Chromium test (tests/e2e/seeds.test.ts):
 * on both seed articles every `must` term is marked and opens the card of the
 * right entry, traps give no card for the wrong meaning, and the page's body is
 * untouched outside Gloss's host.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryTitles, MEANING_IDS, readExpectedTerms, SEED_PAGES, TRAP_TARGETS } from '../../fixtures/seed-terms';
import { type FixtureServer, snapshotBodyBeforeGloss, startServer } from '../harness';
import { type Firefox, hoverCard, launchFirefox, newPage, openExtensionPage, pointOf, waitForScan } from './harness';

const expected = readExpectedTerms();
const titleOf = entryTitles();

let server: FixtureServer;
let firefox: Firefox;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
  // Each must-term and trap is about what one occurrence means, not only the first: mark every mention.
  const options = await openExtensionPage(firefox.browser, '/options.html');
  await options.evaluate(() =>
    (
      globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }
    ).browser.storage.local.set({
      settings: { paused: false, disabledSites: [], firstMentionOnly: false },
      settings$: { v: 3 },
    }),
  );
  await options.close();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openPage(url: string): Promise<Page> {
  const page = await newPage(firefox.browser);
  // Snapshot the body as the page built it, before Gloss's content script (document_idle) runs.
  await page.evaluateOnNewDocument(snapshotBodyBeforeGloss);
  await page.goto(url);
  await waitForScan(page);
  return page;
}

/** Whether `surface`'s first occurrence on the page lies inside a range of Gloss's highlight. */
function isMarked(page: Page, surface: string): Promise<boolean> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      for (const range of CSS.highlights.get('gloss-term') ?? []) {
        const r = range as Range;
        if (r.isPointInRange(node, at) && r.isPointInRange(node, at + needle.length)) return true;
      }
      return false;
    }
    return false;
  }, surface);
}

for (const [seed, article] of Object.entries(expected.articles)) {
  describe(`Firefox: seed ${seed}`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await openPage(server.origin + SEED_PAGES[seed]);
    });

    it.each(article.must.map((t) => [t.surface, t.means]))(
      '"%s" is marked and opens the card for %s',
      async (surface) => {
        expect(await isMarked(page, surface), `"${surface}" is marked`).toBe(true);
        const point = await pointOf(page, surface);
        expect(point, `"${surface}" is on the page`).not.toBeNull();
        expect(await hoverCard(page, point!)).toBe(titleOf(MEANING_IDS[surface]));
      },
    );

    it('leaves the body exactly as the page built it; its one element is on <html>', async () => {
      const [before, after, hostParent] = await page.evaluate(() => [
        (window as unknown as { __bodyBefore: string }).__bodyBefore,
        document.body.innerHTML,
        document.querySelector('gloss-explainer')?.parentElement?.tagName ?? null,
      ]);
      // A card has been opened by now, so Gloss's host exists: it must live outside <body>.
      expect(hostParent).toBe('HTML');
      expect(after).toBe(before);
    });

    it('records one gloss:scan measure', async () => {
      expect(await page.evaluate(() => performance.getEntriesByName('gloss:scan').length)).toBe(1);
    });
  });
}

describe('Firefox: traps', () => {
  it.each(expected.traps.map((t, i) => [t.text, t.not, i] as const))(
    '"%s" gives no card for %s',
    async (text, _not, i) => {
      const target = TRAP_TARGETS[text];
      expect(target, 'every trap has a hover target').toBeDefined();
      const url = server.put(`/firefox-trap-${i}.html`, `<!doctype html><p style="font-size:24px">${text}</p>`);
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
