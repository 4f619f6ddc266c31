/**
 * Work first where the reader looks (issue #6): in real Chromium with the built extension, the text in view is
 * marked first, then the article's body, and the page's furniture and the text off screen last, whatever their
 * order in the DOM. A highlight keeps its ranges in the order they were added, so the order Gloss marked the
 * page in can be read back after the scan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, launch, startServer, waitForScan } from './harness';

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * In the DOM: a note, the article, a box after it, and last a live line. On screen: the live line at the top
 * of the viewport, everything else thousands of pixels below it. (Plain <div>s: a sidebar, footer or banner is
 * furniture, never marked; see tests/e2e/relevance.test.ts.)
 */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Order</title>
<style>body { margin: 0; font: 16px/1.5 serif } .live { position: absolute; top: 0; left: 0; right: 0; height: 200px }</style>
</head><body>
<div style="margin-top: 3000px"><p>Background: the Kuril Islands have been disputed since 1945.</p></div>
<article>
  <p>Former prime minister Fumio Kishida spoke in Tokyo on Monday.</p>
  <p>He spoke about the economy and about the budget for next year.</p>
  <p>Reporters asked about the coming election and the party's leadership.</p>
</article>
<div><p>More on the Self-Defense Forces in our archive.</p></div>
<div class="live"><p>Live: Shigeru Ishiba answers questions in parliament.</p></div>
</body></html>`;

describe('reading order', () => {
  it('marks the text in view first, then the article, then the furniture and the text off screen', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(server.put('/reading-order.html', PAGE), { waitUntil: 'load' });
    await waitForScan(page);
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('gloss-term') ?? [])].map((range) => (range as Range).toString()),
    );
    // The order of the page's source, which a scan from the top would have followed.
    const inDom = await page.evaluate(() =>
      ['Kuril Islands', 'Fumio Kishida', 'Self-Defense Forces', 'Shigeru Ishiba'].toSorted(
        (a, b) => document.body.textContent!.indexOf(a) - document.body.textContent!.indexOf(b),
      ),
    );
    expect(inDom[0]).toBe('Kuril Islands');
    expect(marked.toSorted()).toEqual(['Fumio Kishida', 'Kuril Islands', 'Self-Defense Forces', 'Shigeru Ishiba']);
    expect(marked[0]).toBe('Shigeru Ishiba');
    expect(marked[1]).toBe('Fumio Kishida');
    // The first marks were measured, and came before the end of the scan.
    const { firstMarks, allMarks } = await page.evaluate(() => {
      const first = performance.getEntriesByName('gloss:first-marks')[0];
      const scan = performance.getEntriesByName('gloss:scan')[0] as PerformanceMeasure;
      return { firstMarks: first?.duration ?? -1, allMarks: (scan.detail as { wall: number }).wall };
    });
    expect(firstMarks).toBeGreaterThan(0);
    expect(firstMarks).toBeLessThanOrEqual(allMarks);
    await page.close();
  });

  it('does not mark text in view inside an element it leaves alone', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    // The block in view is a <div> inside an aria-hidden region: its ancestor, not itself, says to leave it.
    const html = PAGE.replace('<div class="live"><p>', '<div aria-hidden="true"><div class="live"><p>').replace(
      'parliament.</p></div>',
      'parliament.</p></div></div>',
    );
    await page.goto(server.put('/reading-order-hidden.html', html), { waitUntil: 'load' });
    await waitForScan(page);
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('gloss-term') ?? [])].map((range) => (range as Range).toString()),
    );
    expect(marked.toSorted()).toEqual(['Fumio Kishida', 'Kuril Islands', 'Self-Defense Forces']);
    expect(marked[0]).toBe('Fumio Kishida');
    await page.close();
  });
});
