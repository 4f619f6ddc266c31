/**
 * Privacy, proven end to end: Gloss makes no network request at all while a
 * reader reads pages, hovers terms, searches in the popup and opens the
 * options page. Chromium sends everything through a logging proxy (so the
 * extension's service worker is watched too, which Playwright's request
 * events do not cover), and every page, popup and worker request is
 * recorded. The only requests allowed are the fixture pages and the
 * sub-resources the same pages ask for without Gloss.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, hoverCard, launch, SHARED, startServer, waitForScan } from './harness';
import { type LoggingProxy, startLoggingProxy } from './logging-proxy';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

const SEED = '/demo/japan-ukraine-security-guarantees.html';
/** A real news page with its scripts taken out (they load different things on every visit); its images, styles and fonts stay. */
const CORPUS_PAGE = 'rdb-bbc-obama-guns';

/** Tunnels Chromium opens by itself (sign-in, component updates), not asked for by any page or extension. */
const CHROMIUM_OWN = /^CONNECT ([\w-]+\.)*(google\.com|gvt1\.com|googleapis\.com|gstatic\.com):443$/;

let server: FixtureServer;
let proxy: LoggingProxy;
let browser: Browser;
let worker: Worker;
/** Every request Playwright saw from a page, frame or extension page. */
const requests: string[] = [];

beforeAll(async () => {
  server = await startServer();
  proxy = await startLoggingProxy(() => [server.origin]);
  browser = await launch({ args: proxy.args });
  worker = browser.context.serviceWorkers()[0];
  browser.context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

/** The viewport point of the first term Gloss marked (scrolled into view). */
function firstMark(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('gloss-term') ?? [])][0] as Range | undefined;
    if (!range) return null;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
}

/** Everything recorded since the last call. */
function drain(): { network: string[]; requests: string[] } {
  return { network: proxy.seen.splice(0), requests: requests.splice(0) };
}

describe('privacy', () => {
  it('the recorder catches a request made from the extension (sanity check)', async () => {
    drain();
    await worker.evaluate(() => fetch('http://127.0.0.1:65000/from-the-service-worker').catch(() => {}));
    await worker.evaluate(() => fetch('https://example.org/tunnel').catch(() => {}));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.evaluate(() => fetch('http://127.0.0.1:65000/from-the-popup').catch(() => {}));
    await popup.close();
    const seen = drain();
    // Playwright sees the service worker's and the popup's requests (and the harness refuses the one to
    // example.org before it leaves); the proxy sees those that reached the network.
    expect(seen.requests).toEqual(
      expect.arrayContaining([
        'http://127.0.0.1:65000/from-the-service-worker',
        'https://example.org/tunnel',
        'http://127.0.0.1:65000/from-the-popup',
      ]),
    );
    expect(seen.network).toEqual(
      expect.arrayContaining([
        'http://127.0.0.1:65000/from-the-service-worker',
        'http://127.0.0.1:65000/from-the-popup',
      ]),
    );
  });

  it('reading, hovering, searching and opening options make no request but the pages’ own', async () => {
    // What the pages ask for by themselves: the same page loaded in a browser without Gloss.
    const stripped = readFileSync(join(SHARED, 'corpus', CORPUS_PAGE, 'source.html'), 'utf8').replace(
      /<script\b[\s\S]*?<\/script>/gi,
      '',
    );
    const corpusUrl = server.put(`/privacy/${CORPUS_PAGE}.html`, stripped);
    const plain = await launch({ withExtension: false });
    const own = new Set<string>();
    plain.context.on('request', (r) => own.add(r.url()));
    for (const url of [server.origin + SEED, corpusUrl]) {
      const page = await plain.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      await page.close();
    }
    await plain.close();
    drain();

    // Reading two pages and hovering terms: the card's details come from the background.
    const article = await browser.context.newPage();
    await article.goto(server.origin + SEED, { waitUntil: 'load' });
    await waitForScan(article);
    expect(await hoverCard(article, (await firstMark(article))!)).not.toBeNull();
    const news = await browser.context.newPage();
    await news.goto(corpusUrl, { waitUntil: 'load' });
    await waitForScan(news);
    expect(await hoverCard(news, (await firstMark(news))!)).not.toBeNull();

    // The popup: the page's glossary and a search.
    await article.bringToFront();
    const tabId = await worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    const popup: Page = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('combobox').pressSequentially('Kurile islands');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toMatch(/Kuril/);
    await popup.keyboard.press('Enter');

    // The options page.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`, { waitUntil: 'load' });
    await options.waitForTimeout(500);
    await article.waitForTimeout(500);

    const seen = drain();
    const notThePages = (url: string) => !own.has(url) && !url.startsWith(`chrome-extension://${browser.extensionId}/`);
    // Every request from a page, frame, extension page or the service worker: only what the pages ask for.
    expect(seen.requests.length).toBeGreaterThan(0);
    expect(seen.requests.filter(notThePages)).toEqual([]);
    // On the network: the same, apart from Chromium's own connections to Google's sign-in and update
    // services, which it opens with or without Gloss (no page or extension asks for them: Playwright, which
    // sees every request of theirs above, never sees these).
    expect(seen.network.filter((u) => notThePages(u) && !CHROMIUM_OWN.test(u))).toEqual([]);
    console.log(
      `privacy: ${seen.requests.length} requests from pages and the extension ` +
        `(${seen.requests.filter((u) => u.startsWith('chrome-extension://')).length} to the extension's own files), ` +
        `${seen.network.length} on the network (${seen.network.filter((u) => CHROMIUM_OWN.test(u)).length} Chromium's own)`,
    );
    for (const p of [article, news, popup, options]) await p.close();
  });
});
