/**
 * Text in open shadow roots, in Firefox ESR: the page of tests/e2e/shadow-fixture.ts, marked (nested roots, a
 * root added after the scan, an element upgraded after it; never a closed root, editable text or code), styled
 * through an appended adopted sheet, hoverable, and with the page's DOM as the page made it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startServer } from '../harness';
import { marksWithHosts, openRootSheets, pointInComposed, SHADOW_PAGE } from '../shadow-fixture';
import { type Firefox, hoverCard, launchFirefox, newPage, waitForScan } from './harness';

let server: FixtureServer;
let firefox: Firefox;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
  page = await newPage(firefox.browser);
  await page.goto(server.put('/shadow.html', SHADOW_PAGE));
  await waitForScan(page);
  // Words only the shadow roots hold were not in the text the page first sent the background (page-words.ts):
  // the matcher meets them unseen and the page asks again (MORE_WORDS_DELAY_MS later), then marks them.
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluate(marksWithHosts)).includes('Self-Defense Forces@nested-host') && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const marks = () => page.evaluate(marksWithHosts);
const serialized = (key: '__before' | '__afterLate') =>
  page.evaluate((k) => {
    const w = window as unknown as Record<string, string> & { serializePage(): string };
    return [w.serializePage(), w[k]];
  }, key);

async function until(check: () => Promise<boolean>, timeout = 5_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('open shadow roots in Firefox', () => {
  it('are marked, nested ones too, with the same skip rules; closed ones are out of reach', async () => {
    const found = await marks();
    expect(found).toContain('Diet@');
    expect(found).toContain('NATO@open-host');
    expect(found).toContain('Self-Defense Forces@nested-host');
    expect(found.filter((m) => m.startsWith('European Union'))).toEqual([]);
    expect(found.filter((m) => m.startsWith('Self-Defense Forces'))).toEqual(['Self-Defense Forces@nested-host']);
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
    await page.mouse.move(1, 1);
  });

  it("leave the page's DOM as the page made it", async () => {
    const [now, before] = await serialized('__before');
    expect(now).toBe(before);
  });

  it('added after the scan, or attached by an upgrade after it, are marked too', async () => {
    await page.evaluate(() => (window as unknown as { addLate(): void }).addLate());
    expect(await until(async () => (await marks()).some((m) => m.startsWith('European Union@section')))).toBe(true);
    await page.evaluate(() => (window as unknown as { defineLate(): void }).defineLate());
    expect(await until(async () => (await marks()).includes('Constitution of Japan@upgraded'))).toBe(true);
    const [now, after] = await serialized('__afterLate');
    expect(now).toBe(after);
  });
});
