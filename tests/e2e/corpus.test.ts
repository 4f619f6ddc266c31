/**
 * Real news pages from ../shared/corpus load with Gloss without any page
 * error Gloss caused: each page is loaded without Gloss and with it, and the
 * errors must be the same (the pages' own scripts fail offline either way).
 * Gloss finishes its scan and marks terms; traps in the pages stay unmarked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, launch, startServer, waitForScan } from './harness';

/**
 * The two largest pages, the e-mail trap, pages dense in world politics, and a Japanese page (the
 * knowledge base is English, so nothing there is expected to be marked: only that nothing breaks).
 */
const PAGES: [name: string, marksTerms: boolean][] = [
  ['np4k-cnn-alito-prelogar-scotus', true],
  ['rdb-yahoo-news-front', true],
  ['traf-dailymail-jamie-oliver', true],
  ['omni-moderndiplomacy-russia-ukraine', true],
  ['omni-ottawacitizen-sof-ukraine', true],
  ['aeb-cbsnews-impeachment-volker', true],
  ['np-nikkei-us-nk-summit-ja', false],
];

let server: FixtureServer;
let plain: Browser;
let glossed: Browser;

beforeAll(async () => {
  server = await startServer();
  plain = await launch({ withExtension: false });
  glossed = await launch();
});
afterAll(async () => {
  await glossed?.close();
  await plain?.close();
  await server?.close();
});

async function pageErrors(browser: Browser, url: string, withGloss: boolean) {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  let marks = 0;
  if (withGloss) {
    await waitForScan(page);
    marks = await page.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0);
  } else {
    await page.waitForTimeout(500);
  }
  await page.close();
  return { errors: errors.toSorted(), marks };
}

describe('corpus pages', () => {
  it.each(PAGES)('%s: no page error from Gloss (terms marked: %s)', async (name, marksTerms) => {
    const url = `${server.origin}/corpus/${name}/source.html`;
    const without = await pageErrors(plain, url, false);
    const withGloss = await pageErrors(glossed, url, true);
    expect(withGloss.errors).toEqual(without.errors);
    expect(withGloss.marks > 0).toBe(marksTerms);
  });

  it('marks nothing inside the e-mail addresses of the Daily Mail page', async () => {
    const page = await glossed.context.newPage();
    await page.goto(`${server.origin}/corpus/traf-dailymail-jamie-oliver/source.html`, { waitUntil: 'load' });
    await waitForScan(page);
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('gloss-term') ?? [])].map((r) => (r as Range).toString()),
    );
    const emails = await page.evaluate(() => document.body.innerText.match(/\S+@\S+/g) ?? []);
    expect(emails.length).toBeGreaterThan(0);
    expect(marked.filter((t) => /@/.test(t) || /^parliament$/i.test(t))).toEqual([]);
    await page.close();
  });
});
