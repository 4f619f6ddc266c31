/**
 * Knowledge at news scale on real corpus pages, in Chromium with the built
 * extension: terms explained with the meaning the page gives them, familiar
 * names left unmarked by default (and marked when the reader asks for more),
 * and code, e-mail addresses and URLs left alone.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, hoverCard, launch, pointOf, startServer, waitForScan } from './harness';

declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; remove(key: string): Promise<void> } };
};

let server: FixtureServer;
let browser: Browser;
let worker: Worker;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  worker = browser.context.serviceWorkers()[0];
  // What each occurrence means, not only the first: mark every mention.
  await worker.evaluate(() =>
    chrome.storage.local.set({
      settings: { paused: false, disabledSites: [], firstMentionOnly: false },
      settings$: { v: 3 },
    }),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await waitForScan(page);
  return page;
}

const marked = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('gloss-term') ?? [])].map((r) => (r as Range).toString()));

describe('meanings on real pages', () => {
  it.each([
    ['aeb-ap-uk-tories-twitter', 'Tories', 'Conservative Party (UK)'],
    ['aeb-ap-uk-tories-twitter', 'Labour', 'Labour Party (UK)'],
    // "Congress" means the US Congress or the Indian National Congress: this page is about Washington.
    ['np4k-cnn-alito-prelogar-scotus', 'Congress', 'United States Congress'],
  ])('%s: "%s" means %s', async (name, term, title) => {
    const page = await open(`/corpus/${name}/source.html`);
    // The first marked occurrence (the page's menus and headlines around the article are not marked).
    const point = await page.evaluate((t) => {
      const range = ([...(CSS.highlights.get('gloss-term') ?? [])] as Range[]).find((r) => r.toString().includes(t));
      if (range === undefined) return null;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, term);
    expect(point).not.toBeNull();
    expect(await hoverCard(page, point!)).toBe(title);
    await page.close();
  });
});

describe('familiar names', () => {
  it('are not marked by default, and are marked when the reader asks for more', async () => {
    let page = await open('/corpus/mercury-cnn-trump/source.html');
    expect(await marked(page)).not.toContain('Trump');
    await page.close();
    await worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { paused: false, disabledSites: [], marking: 'more', firstMentionOnly: false },
      }),
    );
    page = await open('/corpus/mercury-cnn-trump/source.html');
    await expect.poll(() => marked(page)).toContain('Trump');
    await page.close();
    // A familiar term with four meanings (the US, UK, Israeli and Indian supreme courts), once marked, means
    // the one the page is about.
    page = await open('/corpus/np4k-cnn-alito-prelogar-scotus/source.html');
    expect(await hoverCard(page, (await pointOf(page, 'Supreme Court'))!)).toBe('Supreme Court of the United States');
    await page.close();
    await worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { paused: false, disabledSites: [], firstMentionOnly: false },
        settings$: { v: 3 },
      }),
    );
  });
});

describe('what is never marked', () => {
  it('leaves code, e-mail addresses and URLs alone', async () => {
    const url = server.put(
      '/not-prose.html',
      `<!doctype html><html lang="en"><body>
        <p>NATO leaders met. Write to press@nato.int or see https://www.nato.int/cps/en/natohq/news.htm for details.</p>
        <pre>NATO = 1</pre><p>Call <code>NATO.expand()</code> in the script.</p>
        <textarea>NATO summit notes</textarea><div contenteditable="true">NATO draft</div>
      </body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForScan(page);
    expect(await marked(page)).toEqual(['NATO']);
    await page.close();
  });
});
