/**
 * The release build is silent (issue #19): a page sees the marks and, when the reader opens one, the card, and
 * nothing else. Each corpus page is loaded without Gloss and with the release build, and what the page can
 * observe is compared: its performance timeline's entries, its console, its window's keys, and its DOM outside
 * Gloss's host element. The measuring build, loaded the same way, is told apart by the same comparison, so the
 * test can see what it looks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  EXTENSION_DIR,
  type FixtureServer,
  hoverCard,
  launch,
  RELEASE_EXTENSION_DIR,
  requireBuild,
  startServer,
} from './harness';
import {
  firstDifference,
  firstMarkPoint,
  isRefusedRequest,
  pageView,
  type PageView,
  SILENT_PAGES,
  settledMarks,
} from './silence-probe';

const HOST_TAG = 'gloss-explainer';
const MEASURES = /gloss:(scan|first-marks|rescan|card-visible)/;

let server: FixtureServer;
let plain: Browser;
let release: Browser;

beforeAll(async () => {
  requireBuild(RELEASE_EXTENSION_DIR, false);
  server = await startServer();
  plain = await launch({ withExtension: false });
  release = await launch({ extensionDir: RELEASE_EXTENSION_DIR });
});
afterAll(async () => {
  await plain?.close();
  await release?.close();
  await server?.close();
});

/** Loads `path`, lets Gloss finish marking, opens the first mark's card if `hover`, and returns what the page saw. */
async function observe(
  browser: Browser,
  path: string,
  hover = false,
): Promise<PageView & { console: string[]; marks: number; card: string | null }> {
  const page: Page = await browser.context.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    const line = `${m.type()}: ${m.text()}`;
    if (!isRefusedRequest(line)) console.push(line);
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  const marks = await page.evaluate(settledMarks, 1_500);
  let card: string | null = null;
  if (hover) {
    const point = await page.evaluate(firstMarkPoint, null);
    if (point !== null) card = await hoverCard(page, point);
    await page.mouse.move(1, 1);
    await page.waitForTimeout(500);
  }
  const view = await page.evaluate(pageView, HOST_TAG);
  await page.close();
  return { ...view, console: console.toSorted(), marks, card };
}

function expectSame(withGloss: PageView & { console: string[] }, without: PageView & { console: string[] }): void {
  expect(withGloss.entries).toEqual(without.entries);
  expect(withGloss.extensionUrls).toEqual([]);
  expect(withGloss.console).toEqual(without.console);
  expect(withGloss.windowKeys).toEqual(without.windowKeys);
  // The DOM is compared last: a difference there prints long.
  expect(
    withGloss.dom === without.dom,
    `the DOM outside Gloss host differs: ${firstDifference(withGloss.dom, without.dom)}`,
  ).toBe(true);
}

describe('the release build, in Chromium', () => {
  it('carries none of the measuring code', () => {
    const code = readFileSync(join(RELEASE_EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(code).not.toMatch(MEASURES);
    expect(code).not.toMatch(/performance\.(measure|mark)\b/);
    // The measuring build does (so the patterns above are the right ones).
    expect(readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8')).toMatch(MEASURES);
  });

  it.each(SILENT_PAGES)('%s: the page observes nothing but the marks', async (name) => {
    const path = `/corpus/${name}/source.html`;
    const without = await observe(plain, path);
    const withGloss = await observe(release, path);
    expect(withGloss.marks).toBeGreaterThan(0);
    expect(without.marks).toBe(0);
    expectSame(withGloss, without);
  });

  it('announces nothing to the page: no message to its window, no event named for Gloss', async () => {
    // WXT's content script context posted "<extension id>:content:wxt:content-script-started" to the window and
    // dispatched it on the document (src/platform/quiet-context.ts): a page listening heard Gloss start.
    const id = new URL(release.context.serviceWorkers()[0].url()).host;
    const page = await release.context.newPage();
    await page.addInitScript((extensionId: string) => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      addEventListener('message', (e) => heard.push(`message ${JSON.stringify(e.data)}`));
      for (const name of [`${extensionId}:content:wxt:content-script-started`, 'wxt:content-script-started'])
        document.addEventListener(name, () => heard.push(`event ${name}`));
    }, id);
    await page.goto(`${server.origin}/corpus/${SILENT_PAGES[0]}/source.html`, { waitUntil: 'load' });
    expect(await page.evaluate(settledMarks, 1_500)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    // The listeners work: the page's own message is heard.
    await page.evaluate(() => window.postMessage('probe', '*'));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard))
      .toEqual(['message "probe"']);
    await page.close();
  });

  it('a card opened on the seed article adds nothing either', async () => {
    const path = '/demo/japan-ukraine-security-guarantees.html';
    const without = await observe(plain, path, true);
    const withGloss = await observe(release, path, true);
    expect(withGloss.card).not.toBeNull();
    expectSame(withGloss, without);
  });

  it('the same comparison sees the measuring build', async () => {
    const measuring = await launch();
    try {
      const path = `/corpus/${SILENT_PAGES[0]}/source.html`;
      const without = await observe(plain, path);
      const withGloss = await observe(measuring, path);
      expect(withGloss.entries.filter((e) => MEASURES.test(e))).toEqual(
        expect.arrayContaining(['measure gloss:scan', 'measure gloss:first-marks']),
      );
      expect(withGloss.entries).not.toEqual(without.entries);
    } finally {
      await measuring.close();
    }
  });
});
