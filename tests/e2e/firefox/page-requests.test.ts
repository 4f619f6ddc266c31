/**
 * Keyboard navigation and selection lookup in Firefox ESR. The browser's own
 * shortcut keys and context menu cannot be pressed by automation, so, as in the
 * Chromium tests (tests/e2e/finding.test.ts), an extension page sends the
 * article the requests the background's handlers send
 * (src/background/page-commands.ts); tests/e2e/firefox/manifest.test.ts checks
 * the Firefox manifest declares the same commands as Chrome's.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, selectInPage, startServer } from '../harness';
import { cardTitle, type Firefox, launchFirefox, newPage, openExtensionPage, tabIdOf, waitForScan } from './harness';

const SEED = '/demo/japan-ukraine-security-guarantees.html';
let server: FixtureServer;
let firefox: Firefox;
let article: Page;
let extensionPage: Page;
let tabId: number;

/** The Firefox extension API the tests call inside an extension page. */
type ExtensionApi = { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

/** Sends a page request from an extension page, as the background's command and menu handlers do. */
function sendAsBackground(request: unknown): Promise<unknown> {
  // Looked up by name: vitest's WXT plugin rewrites a bare `browser` into an import, which the page cannot see.
  return extensionPage.evaluate(
    (id, r) => (globalThis as unknown as Record<string, ExtensionApi>)['browser'].tabs.sendMessage(id, r),
    tabId,
    request,
  );
}

/** Whether the open card is a focused dialog in Gloss's shadow root, labelled by its title. */
const focusedDialog = () =>
  article.evaluate(() => {
    const root = document.querySelector('gloss-explainer')?.shadowRoot;
    const card = root?.querySelector('.card[role="dialog"]');
    return card ? { focused: root!.activeElement === card, label: card.getAttribute('aria-label') } : null;
  });

/** Selects the first occurrence of `text` in the article, as a reader would with the mouse. */
const select = (text: string) => article.evaluate(selectInPage, text);

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
  article = await newPage(firefox.browser);
  await article.goto(server.origin + SEED);
  await waitForScan(article);
  tabId = await tabIdOf(firefox.browser, server.origin + SEED);
  extensionPage = await openExtensionPage(firefox.browser, 'options.html');
  // The reader is on the article: its tab is the one in front.
  await article.bringToFront();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: keyboard navigation', () => {
  it('the next-term command opens the first term with focus, previous goes back, and Esc returns focus', async () => {
    await article.evaluate(() => {
      window.scrollTo(0, 0);
      const h1 = document.querySelector('h1') as HTMLElement;
      h1.tabIndex = -1;
      h1.focus();
    });
    await expect(sendAsBackground({ type: 'stepTerm', direction: 'next' })).resolves.toBe(true);
    await expect.poll(focusedDialog, { timeout: 10_000 }).toMatchObject({ focused: true });
    const first = await cardTitle(article);
    expect((await focusedDialog())?.label).toBe(first);
    await sendAsBackground({ type: 'stepTerm', direction: 'next' });
    await expect.poll(() => cardTitle(article), { timeout: 10_000 }).not.toBe(first);
    await sendAsBackground({ type: 'stepTerm', direction: 'previous' });
    await expect.poll(() => cardTitle(article), { timeout: 10_000 }).toBe(first);
    await article.keyboard.press('Escape');
    await expect.poll(focusedDialog, { timeout: 10_000 }).toBeNull();
    expect(await article.evaluate(() => document.activeElement?.localName)).toBe('h1');
  });
});

describe('Firefox: selection lookup', () => {
  it('explains a selected name with the context menu item', async () => {
    await select('Prime Minister Fumio Kishida announced');
    await sendAsBackground({ type: 'explainSelection', text: 'Prime Minister Fumio Kishida announced' });
    await expect.poll(() => cardTitle(article), { timeout: 10_000 }).toBe('Fumio Kishida');
    await article.keyboard.press('Escape');
  });

  it('finds a misspelling Gloss did not mark, with the keyboard command (the page’s own selection)', async () => {
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A note on Baerbok and Rottgen.';
      document.querySelector('article')!.prepend(p);
    });
    await select('Baerbok');
    await sendAsBackground({ type: 'explainSelection' });
    await expect.poll(() => cardTitle(article), { timeout: 10_000 }).toBe('Annalena Baerbock');
    await article.keyboard.press('Escape');
  });
});

describe('Firefox: popup on a page Gloss cannot run on', () => {
  it('says plainly that Gloss cannot run there', async () => {
    const blank = await newPage(firefox.browser);
    await blank.goto('about:blank');
    const blankId = await tabIdOf(firefox.browser, 'about:blank');
    const popup = await openExtensionPage(firefox.browser, `popup.html?tab=${blankId}`);
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('.notice')?.textContent ?? ''), { timeout: 10_000 })
      .toMatch(/Gloss cannot run on this page|browser’s own pages/);
    await popup.close();
    await blank.close();
  });
});
