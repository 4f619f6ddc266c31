/**
 * Finding explanations, in Chromium with the built extension and a seed
 * article open in a tab: the popup's search and keyboard, the page's glossary
 * (choosing a term scrolls the tab and opens its card there), the quick
 * controls changing the live tab, selection lookup and keyboard navigation.
 *
 * The popup is opened as an extension page with ?tab=<id> naming the article's
 * tab (a real popup acts on the active tab). The browser's own context menu
 * and shortcut keys cannot be pressed by automation: the tests send the page
 * exactly the requests their handlers send (src/background/page-commands.ts),
 * from the service worker; bundle.test.ts checks the manifest declares them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, launch, ROOT, selectInPage, startServer, waitForScan } from './harness';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const SEED = '/demo/japan-ukraine-security-guarantees.html';
let server: FixtureServer;
let browser: Browser;
let worker: Worker;
let article: Page;
let tabId: number;

const marks = (page: Page) => page.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0);
const cardTitle = (page: Page) => page.locator('gloss-explainer .card:not([hidden]) .title').first().textContent();

async function openPopup(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The browser's id for a page's tab (without the tabs permission, tab URLs are hidden: ask for the active tab). */
async function activeTabId(page: Page): Promise<number> {
  await page.bringToFront();
  return (await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  )) as number;
}

/** Sends a page request from the service worker, as the background's handlers do. */
function sendFromBackground(request: unknown): Promise<unknown> {
  return worker.evaluate(([id, r]) => chrome.tabs.sendMessage(id as number, r), [tabId, request] as const);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  worker = browser.context.serviceWorkers()[0];
  article = await browser.context.newPage();
  await article.goto(server.origin + SEED);
  await waitForScan(article);
  tabId = await activeTabId(article);
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup search', () => {
  it('has focus on open, finds misspelled terms with the matched part marked, and opens the full card', async () => {
    const popup = await openPopup();
    const box = popup.getByRole('combobox');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('Kurile islands');
    const first = popup.getByRole('option').first();
    await expect.poll(() => first.locator('.row-title').textContent()).toMatch(/^Kuril Islands dispute/);
    await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
    await box.press('Enter');
    await expect.poll(() => popup.locator('.entry-title').textContent()).toMatch(/^Kuril Islands dispute/);
    // A related entry opens its own card, inside the popup.
    const related = popup.locator('.related .chip').first();
    const name = await related.textContent();
    await related.click();
    await expect.poll(() => popup.locator('.entry-title').textContent()).toBe(name);
    await popup.keyboard.press('Escape');
    await expect(popup.getByRole('combobox').inputValue()).resolves.toBe('Kurile islands');
    await popup.close();
  });

  it('moves through results with the arrow keys, and Esc clears the query', async () => {
    const popup = await openPopup();
    const box = popup.getByRole('combobox');
    await box.fill('treaty');
    await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(2);
    const selected = () => popup.locator('[role="option"][aria-selected="true"] .row-title').textContent();
    const firstTitle = await selected();
    await box.press('ArrowDown');
    const secondTitle = await selected();
    expect(secondTitle).not.toBe(firstTitle);
    await expect(box.getAttribute('aria-activedescendant')).resolves.toMatch(/-1$/);
    await box.press('ArrowUp');
    await expect(selected()).resolves.toBe(firstTitle);
    await box.press('Enter');
    await expect.poll(() => popup.locator('.entry-title').textContent()).toBe(firstTitle);
    await popup.keyboard.press('Escape');
    await popup.getByRole('combobox').press('Escape');
    await expect(popup.getByRole('combobox').inputValue()).resolves.toBe('');
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`is looked at in ${scheme}`, async () => {
      const popup = await openPopup(scheme);
      await popup.getByRole('combobox').fill('Self Defence Forces');
      await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(0);
      await popup.screenshot({ path: join(ROOT, `artifacts/popup-search-${scheme}.png`) });
      await popup.getByRole('combobox').fill('');
      await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(0);
      await popup.screenshot({ path: join(ROOT, `artifacts/popup-glossary-${scheme}.png`) });
      await popup.close();
    });
  }
});

describe("the page's glossary", () => {
  it('lists the terms found on the page in reading order, with how often each occurs', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(5);
    const titles = await popup.locator('[role="option"] .row-title').allTextContents();
    const counts = await popup.locator('[role="option"] .count').allTextContents();
    const kishida = titles.indexOf('Fumio Kishida');
    expect(kishida).toBeGreaterThanOrEqual(0);
    // "Fumio Kishida", "kishida" and "Prime Minister Kishida" in the table: more than one mention.
    expect(Number(counts[kishida].slice(1))).toBeGreaterThan(1);
    // Reading order: each listed term first appears on the page after the one before it.
    const firstAt = await article.evaluate(
      (ids) => ids.map((title) => document.body.innerText.indexOf(title.split(' (')[0].split(' ').at(-1) ?? title)),
      ['Security guarantees for Ukraine', 'Fumio Kishida', 'Annalena Baerbock', 'Emmanuel Macron'],
    );
    const listed = ['Security guarantees for Ukraine', 'Fumio Kishida', 'Annalena Baerbock', 'Emmanuel Macron'].map(
      (t) => titles.indexOf(t),
    );
    expect(listed.every((i) => i >= 0)).toBe(true);
    expect(firstAt.every((pos, i) => i === 0 || pos > firstAt[i - 1])).toBe(true);
    expect(listed).toEqual(listed.toSorted((a, b) => a - b));
    await popup.close();
  });

  it('choosing a term scrolls the tab to it, flashes its mark and opens its card there', async () => {
    await article.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const popup = await openPopup();
    await popup.getByRole('option', { name: /Emmanuel Macron/ }).click();
    await expect.poll(() => cardTitle(article)).toBe('Emmanuel Macron');
    await expect(article.evaluate(() => CSS.highlights.has('gloss-flash'))).resolves.toBe(true);
    const inView = await article.evaluate(() => {
      const card = document.querySelector('gloss-explainer')!.shadowRoot!.querySelector('.card')!;
      const r = card.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await popup.close();
    await article.keyboard.press('Escape');
  });
});

describe('quick controls', () => {
  it('turning the site off removes the marks from the live tab, and on restores them', async () => {
    expect(await marks(article)).toBeGreaterThan(0);
    const popup = await openPopup();
    const siteToggle = popup.getByRole('checkbox', { name: /Mark terms on 127\.0\.0\.1/ });
    await siteToggle.uncheck();
    await expect.poll(() => marks(article), { timeout: 1_000 }).toBe(0);
    await expect.poll(() => popup.locator('.notice').textContent()).toMatch(/turned off on 127\.0\.0\.1/);
    await siteToggle.check();
    await expect.poll(() => marks(article), { timeout: 1_000 }).toBeGreaterThan(0);
    await popup.close();
  });

  it('pausing everywhere removes the marks, and resuming restores them', async () => {
    const popup = await openPopup();
    const pause = popup.getByRole('checkbox', { name: 'Pause Gloss everywhere' });
    await pause.check();
    await expect.poll(() => marks(article), { timeout: 1_000 }).toBe(0);
    await pause.uncheck();
    await expect.poll(() => marks(article), { timeout: 1_000 }).toBeGreaterThan(0);
    await popup.close();
  });

  it('says clearly when Gloss cannot run on the tab', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const blankId = await activeTabId(blank);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${blankId}`);
    await expect.poll(() => popup.locator('.notice').textContent()).toMatch(/cannot|not running|browser/);
    await popup.close();
    await blank.close();
  });
});

describe('keyboard navigation', () => {
  it('the next-term command opens the first term in view with focus, and Esc returns focus', async () => {
    await article.bringToFront();
    await article.evaluate(() => {
      window.scrollTo(0, 0);
      (document.querySelector('h1') as HTMLElement).tabIndex = -1;
      (document.querySelector('h1') as HTMLElement).focus();
    });
    await expect(sendFromBackground({ type: 'stepTerm', direction: 'next' })).resolves.toBe(true);
    const card = article.locator('gloss-explainer .card[role="dialog"]');
    await expect.poll(() => card.count()).toBe(1);
    const first = await cardTitle(article);
    await expect(card.evaluate((el) => el.getRootNode() instanceof ShadowRoot && el.matches(':focus'))).resolves.toBe(
      true,
    );
    await expect(card.getAttribute('aria-label')).resolves.toBe(first);
    await sendFromBackground({ type: 'stepTerm', direction: 'next' });
    await expect.poll(() => cardTitle(article)).not.toBe(first);
    await sendFromBackground({ type: 'stepTerm', direction: 'previous' });
    await expect.poll(() => cardTitle(article)).toBe(first);
    await article.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await expect(article.evaluate(() => document.activeElement?.localName)).resolves.toBe('h1');
  });
});

/** Selects the first occurrence of `text` in the article, as a reader would with the mouse. */
const select = (text: string) => article.evaluate(selectInPage, text);

describe('selection lookup', () => {
  it('explains a selected name with the context menu item', async () => {
    await select('Prime Minister Fumio Kishida announced');
    await sendFromBackground({ type: 'explainSelection', text: 'Prime Minister Fumio Kishida announced' });
    await expect.poll(() => cardTitle(article)).toBe('Fumio Kishida');
    await article.keyboard.press('Escape');
  });

  it('finds a misspelling Gloss did not mark, with the keyboard command (the page’s own selection)', async () => {
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A note on Baerbok and Rottgen.';
      document.querySelector('article')!.prepend(p);
    });
    await select('Baerbok');
    await sendFromBackground({ type: 'explainSelection' });
    await expect.poll(() => cardTitle(article)).toBe('Annalena Baerbock');
    await article.keyboard.press('Escape');
  });

  it('says so when nothing matches, and offers the closest entries', async () => {
    await sendFromBackground({ type: 'explainSelection', text: 'Zzyzx Qwertyuiop' });
    const card = article.locator('gloss-explainer .card:not([hidden])');
    await expect.poll(() => card.locator('.category').textContent()).toBe('Not found');
    await expect(card.locator('.summary').textContent()).resolves.toMatch(/no entry for “Zzyzx Qwertyuiop”/);
    await article.keyboard.press('Escape');
  });
});
