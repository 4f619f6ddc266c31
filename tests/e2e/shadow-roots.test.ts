/**
 * Text in open shadow roots, in real Chromium: marked like the rest (nested roots, a root added after the scan, a
 * custom element upgraded after it), with the same skip rules (editable, code), never inside a closed root; marks
 * styled by a sheet appended to the root's adoptedStyleSheets; hovering opens the card there; and the page's DOM,
 * shadow roots included, is what the page made it. The same page is tested in Firefox ESR
 * (firefox/shadow-roots.test.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, hoverCard, launch, ROOT, startServer, waitForScan } from './harness';
import { marksWithHosts, openRootSheets, pointInComposed, SHADOW_PAGE } from './shadow-fixture';

let server: FixtureServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.context.newPage();
  await page.goto(server.put('/shadow.html', SHADOW_PAGE));
  await waitForScan(page);
  // Words only the shadow roots hold were not in the text the page first sent the background (page-words.ts):
  // the matcher meets them unseen and the page asks again (MORE_WORDS_DELAY_MS later), then marks them.
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluate(marksWithHosts)).includes('Self-Defense Forces@nested-host') && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const marks = () => page.evaluate(marksWithHosts);
const unchanged = (snapshot: '__before' | '__afterLate') =>
  page.evaluate((key) => {
    const w = window as unknown as Record<string, unknown> & { serializePage(): string };
    return w.serializePage() === w[key];
  }, snapshot);

describe('open shadow roots', () => {
  it('are marked, nested ones too, with the same skip rules; closed ones are out of reach', async () => {
    const found = await marks();
    expect(found).toContain('Diet@');
    expect(found).toContain('NATO@open-host');
    expect(found).toContain('Self-Defense Forces@nested-host');
    // In the root but editable or code: skipped, as in the document.
    expect(found.filter((m) => m.startsWith('European Union'))).toEqual([]);
    expect(found.filter((m) => m.startsWith('Self-Defense Forces'))).toEqual(['Self-Defense Forces@nested-host']);
    // A closed root: not reachable.
    expect(found.some((m) => m.includes('Security Council'))).toBe(false);
  });

  it("get the marks' style appended to their adopted sheets, after the page's own", async () => {
    expect(await page.evaluate(openRootSheets)).toEqual({ count: 2, pageFirst: true });
  });

  it('open the card on hover, nested ones too', async () => {
    const nato = (await page.evaluate(pointInComposed, 'NATO'))!;
    expect(await hoverCard(page, nato)).toBe('North Atlantic Treaty Organization');
    const sdf = (await page.evaluate(pointInComposed, 'Self-Defense Forces trained'))!;
    expect(await hoverCard(page, { x: sdf.x - 60, y: sdf.y })).toBe('Japan Self-Defense Forces');
    // caret: 'initial': Playwright's default hides the caret by styling editable elements (it left style="" on one).
    await page.screenshot({ path: join(ROOT, 'artifacts', 'shadow-hover.png'), caret: 'initial' });
    await page.mouse.move(1, 1);
  });

  it("leave the page's DOM as the page made it", async () => {
    const [now, before] = await page.evaluate(() => {
      const w = window as unknown as Record<string, string> & { serializePage(): string };
      return [w.serializePage(), w.__before];
    });
    expect(now).toBe(before);
  });

  it('added after the scan, or attached by an upgrade after it, are marked too', async () => {
    await page.evaluate(() => (window as unknown as { addLate(): void }).addLate());
    await expect.poll(async () => (await marks()).some((m) => m.startsWith('European Union@section'))).toBe(true);
    await page.evaluate(() => (window as unknown as { defineLate(): void }).defineLate());
    await expect.poll(marks, { timeout: 5_000 }).toContain('Constitution of Japan@upgraded');
    expect(await unchanged('__afterLate')).toBe(true);
  });
});
