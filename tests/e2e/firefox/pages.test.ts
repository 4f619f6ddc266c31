/**
 * Gloss's own pages in Firefox ESR, with the release build: the popup (search,
 * the page's glossary, quick controls) and the options page (how much is marked,
 * pause), each changing a live article tab.
 *
 * Automation may not navigate to moz-extension:// pages, so the harness has the
 * browser window open them in a tab (openExtensionPage), the way the browser's
 * own UI does; the popup gets ?tab=<id> naming the article's tab, like the
 * Chromium tests (tests/e2e/finding.test.ts). The options page is also reached
 * the reader's way, from the popup's "Options" button.
 *
 * The options page is growing (issue #4): each control it gains can get a case
 * in the "options page" block, using `options()` and `marks()`.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startServer } from '../harness';
import {
  cardTitle,
  type Firefox,
  findPage,
  highlightSize,
  launchFirefox,
  newPage,
  openExtensionPage,
  tabIdOf,
  waitForScan,
} from './harness';

const SEED = '/demo/japan-ukraine-security-guarantees.html';
let server: FixtureServer;
let firefox: Firefox;
let article: Page;
let tabId: number;

const marks = () => highlightSize(article);
const popup = () => openExtensionPage(firefox.browser, `popup.html?tab=${tabId}`);
const options = () => openExtensionPage(firefox.browser, 'options.html');

/** The element whose own text is `text` (a label, button or option), to click the way a reader does. */
async function byText(page: Page, selector: string, text: string | RegExp): Promise<ElementHandle<Element>> {
  const pattern = typeof text === 'string' ? `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : text.source;
  const handle = await page.waitForFunction(
    (sel, source) =>
      [...document.querySelectorAll(sel)].find((el) => new RegExp(source).test(el.textContent?.trim() ?? '')),
    { timeout: 10_000, polling: 50 },
    selector,
    pattern,
  );
  return handle as ElementHandle<Element>;
}

/** Clicks the radio button of `value` in the group `name`, the way a reader does. */
async function choose(page: Page, name: string, value: string): Promise<void> {
  const radio = await page.waitForSelector(`input[type="radio"][name="${name}"][value="${value}"]`, {
    timeout: 10_000,
  });
  await radio!.click();
}

/** The texts of the elements matching `selector` in the page. */
const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => el.textContent?.trim() ?? ''));

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
  article = await newPage(firefox.browser);
  await article.goto(server.origin + SEED);
  await waitForScan(article);
  tabId = await tabIdOf(firefox.browser, server.origin + SEED);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: popup', () => {
  it('finds a misspelled term and opens its full card', async () => {
    const page = await popup();
    const box = await page.waitForSelector('input[role="combobox"]');
    await box!.type('Kurile islands');
    await expect
      .poll(async () => (await texts(page, '[role="option"] .row-title'))[0], { timeout: 10_000 })
      .toMatch(/^Kuril Islands dispute/);
    await box!.press('Enter');
    await expect
      .poll(() => texts(page, '.entry-title'), { timeout: 10_000 })
      .toEqual([expect.stringMatching(/^Kuril Islands dispute/)]);
    await page.close();
  });

  it("lists the page's terms with their counts, and choosing one opens its card in the tab", async () => {
    const page = await popup();
    await expect
      .poll(async () => (await texts(page, '[role="option"]')).length, { timeout: 10_000 })
      .toBeGreaterThan(5);
    const titles = await texts(page, '[role="option"] .row-title');
    expect(titles).toEqual(expect.arrayContaining(['Fumio Kishida', 'Annalena Baerbock', 'Emmanuel Macron']));
    const counts = await texts(page, '[role="option"] .count');
    expect(Number(counts[titles.indexOf('Fumio Kishida')].slice(1))).toBeGreaterThan(1);
    await (await byText(page, '[role="option"] .row-title', 'Emmanuel Macron')).click();
    await expect.poll(() => cardTitle(article), { timeout: 10_000 }).toBe('Emmanuel Macron');
    await page.close();
    await article.keyboard.press('Escape');
  });

  it('turning the site off and pausing everywhere unmark the live tab; turning back on marks it again', async () => {
    const before = await marks();
    expect(before).toBeGreaterThan(0);
    const page = await popup();
    for (const label of [/^Mark terms on 127\.0\.0\.1(:\d+)?$/, /^Pause Gloss everywhere$/]) {
      const toggle = await byText(page, 'label.toggle', label);
      await toggle.click();
      await expect.poll(marks, { timeout: 10_000 }).toBe(0);
      await toggle.click();
      await expect.poll(marks, { timeout: 10_000 }).toBe(before);
    }
    await page.close();
  });

  it('opens the options page with its Options button (runtime.openOptionsPage)', async () => {
    const page = await popup();
    // The popup renders its footer again once it knows the tab's state: find the button again if it was replaced.
    for (let attempt = 0; ; attempt++) {
      try {
        await (await byText(page, 'button', 'Options')).click();
        break;
      } catch (error) {
        if (attempt >= 3 || !String(error).includes('detached')) throw error;
      }
    }
    const optionsUrl = (await page.evaluate(() => location.origin)) + '/options.html';
    const opened = await findPage(firefox.browser, optionsUrl);
    await expect.poll(() => texts(opened, 'h1'), { timeout: 10_000 }).toEqual(['Gloss options']);
    await opened.close();
    await page.close();
  });
});

describe('Firefox: options page', () => {
  it('"How much Gloss marks" re-marks the live tab: more marks more, fewer marks fewer', async () => {
    const byDefault = await marks();
    const page = await options();
    await choose(page, 'marking', 'more');
    await expect.poll(marks, { timeout: 10_000 }).toBeGreaterThan(byDefault);
    await choose(page, 'marking', 'fewer');
    await expect.poll(marks, { timeout: 10_000 }).toBeLessThan(byDefault);
    await choose(page, 'marking', 'default');
    await expect.poll(marks, { timeout: 10_000 }).toBe(byDefault);
    await page.close();
  });

  it('"Look" moves the live tab\'s marks to the highlight of that look, and back', async () => {
    const byDefault = await marks();
    const page = await options();
    await choose(page, 'markStyle', 'background');
    await expect.poll(() => highlightSize(article, 'gloss-term-background-blue'), { timeout: 10_000 }).toBe(byDefault);
    expect(await marks()).toBe(0);
    await choose(page, 'markStyle', 'underline');
    await expect.poll(marks, { timeout: 10_000 }).toBe(byDefault);
    await page.close();
  });

  it('pausing Gloss everywhere unmarks the live tab, and resuming marks it again', async () => {
    const before = await marks();
    const page = await options();
    const pause = await byText(page, 'label.toggle', /Pause Gloss everywhere/);
    await pause.click();
    await expect.poll(marks, { timeout: 10_000 }).toBe(0);
    await pause.click();
    await expect.poll(marks, { timeout: 10_000 }).toBe(before);
    await page.close();
  });
});
