/**
 * The release build is silent in Firefox too (issue #19; tests/e2e/silence.test.ts does the same in Chromium):
 * each corpus page, loaded without Gloss and with the release build, shows the page the same performance
 * timeline, console, window keys and DOM outside Gloss's host element.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startServer } from '../harness';
import {
  firstDifference,
  firstMarkPoint,
  isRefusedRequest,
  pageView,
  type PageView,
  SILENT_PAGES,
  settledMarks,
} from '../silence-probe';
import { type Firefox, FIREFOX_RELEASE_DIR, hoverCard, launchFirefox, newPage } from './harness';

const HOST_TAG = 'gloss-explainer';

let server: FixtureServer;
let plain: Firefox;
let release: Firefox;

beforeAll(async () => {
  server = await startServer();
  plain = await launchFirefox({ withExtension: false });
  release = await launchFirefox({ extensionDir: FIREFOX_RELEASE_DIR });
});
afterAll(async () => {
  await plain?.close();
  await release?.close();
  await server?.close();
});

type Observed = PageView & { console: string[]; marks: number; card: string | null };

async function observe(firefox: Firefox, path: string, hover = false): Promise<Observed> {
  const page: Page = await newPage(firefox.browser);
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
    await new Promise((r) => setTimeout(r, 500));
  }
  const view = await page.evaluate(pageView, HOST_TAG);
  await page.close();
  return { ...view, console: console.toSorted(), marks, card };
}

/** Puppeteer's own helpers, installed in the page when hoverCard waits for a card (only where a mark was hovered). */
const driver = (key: string) => /^__ariaQuerySelector(All)?$/.test(key);

function expectSame(withGloss: Observed, without: Observed): void {
  expect(withGloss.entries).toEqual(without.entries);
  expect(withGloss.extensionUrls).toEqual([]);
  expect(withGloss.console).toEqual(without.console);
  expect(withGloss.windowKeys.filter((k) => !driver(k))).toEqual(without.windowKeys.filter((k) => !driver(k)));
  expect(
    withGloss.dom === without.dom,
    `the DOM outside Gloss host differs: ${firstDifference(withGloss.dom, without.dom)}`,
  ).toBe(true);
}

describe('the release build, in Firefox', () => {
  it.each(SILENT_PAGES)('%s: the page observes nothing but the marks', async (name) => {
    const path = `/corpus/${name}/source.html`;
    const without = await observe(plain, path);
    const withGloss = await observe(release, path);
    expect(withGloss.marks).toBeGreaterThan(0);
    expect(without.marks).toBe(0);
    expectSame(withGloss, without);
  });

  it('a card opened on the seed article adds nothing either', async () => {
    const path = '/demo/japan-ukraine-security-guarantees.html';
    const without = await observe(plain, path, true);
    const withGloss = await observe(release, path, true);
    expect(withGloss.card).not.toBeNull();
    expectSame(withGloss, without);
  });
});
