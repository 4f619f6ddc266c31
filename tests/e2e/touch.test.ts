/**
 * Touch and small screens, in real Chromium with touch emulation (hasTouch, isMobile, phone-sized viewports):
 * a tap opens a card whatever the trigger; a term inside a link opens its card with "Open link" first and follows
 * the link on a second tap; a tap elsewhere, a scroll and a downward swipe close it; on a phone the card is a
 * bottom sheet whose every control lies inside the viewport (320, 390 and 768 px wide, and a window at 200 % zoom);
 * Back returns from a related entry; Undo brings back the marks "I know this one" took away. Screenshots go to
 * artifacts/ (and the phone sheet's to docs/, for the README): look at them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, launch, pointOf, ROOT, startServer, waitForScan } from './harness';

const ARTIFACTS = join(ROOT, 'artifacts');
const CARD = 'gloss-explainer .card:not([hidden])';

const PAGE = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1">
</head><body style="font: 18px/1.6 serif; margin: 16px">
<h2><a id="headline" href="/target.html">NATO summit opens in Vilnius</a></h2>
<p>Japan's Self-Defense Forces train with allies, and the Diet in Tokyo debates Article 9 of the constitution.
The European Union and the United Nations Security Council discussed the matter.</p>
<div style="height: 2400px"></div><p>The end.</p>
</body></html>`;
const TARGET = `<!doctype html><html lang="en"><body><p id="arrived">Target page.</p></body></html>`;

let server: FixtureServer;

beforeAll(async () => {
  server = await startServer();
  server.put('/touch.html', PAGE);
  server.put('/target.html', TARGET);
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await server?.close();
});

/** How many ranges Gloss paints, by text. */
const marked = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('gloss-term')) for (const r of h) out.push((r as Range).toString());
    });
    return out;
  });

async function openPhone(
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark' = 'light',
  device = { hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
): Promise<{ browser: Browser; page: Page }> {
  const browser = await launch({ viewport, device, colorScheme });
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/touch.html`);
  await waitForScan(page);
  return { browser, page };
}

/** Taps the middle of the first occurrence of `text`, scrolled to the middle of the viewport. */
async function tap(page: Page, text: string): Promise<void> {
  const point = await pointOf(page, text);
  expect(point, `"${text}" on the page`).not.toBeNull();
  await page.touchscreen.tap(point!.x, point!.y);
}

async function cardTitle(page: Page): Promise<string | null> {
  const card = page.locator(CARD);
  try {
    await card.waitFor({ state: 'visible', timeout: 5_000 });
  } catch {
    return null;
  }
  // Measure the card where it rests, after its entrance.
  await card.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  return card.locator('.title').textContent();
}

/**
 * Every control in the card (buttons, links), each scrolled into the card's body if it is there: its box must lie
 * inside the viewport and, for those in the body, inside the body's visible part. Returns the ones that do not.
 */
function controlsOutside(): string[] {
  const root = document.querySelector('gloss-explainer')!.shadowRoot!;
  const card = root.querySelector<HTMLElement>('.card:not([hidden])')!;
  const body = card.querySelector<HTMLElement>('.body')!;
  const bad: string[] = [];
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const cardBox = card.getBoundingClientRect();
  if (cardBox.left < 0 || cardBox.top < 0 || cardBox.right > vw + 0.5 || cardBox.bottom > vh + 0.5)
    bad.push(`the card ${JSON.stringify(cardBox)} in ${vw}x${vh}`);
  for (const control of card.querySelectorAll<HTMLElement>('button, a')) {
    if (body.contains(control)) {
      // Scroll the body (not the page) so the control is in its visible part.
      const b = body.getBoundingClientRect();
      const c = control.getBoundingClientRect();
      if (c.top < b.top || c.bottom > b.bottom) body.scrollTop += c.top - b.top - 4;
    }
    const r = control.getBoundingClientRect();
    const name = control.textContent?.trim() || control.getAttribute('aria-label') || control.className;
    if (r.width === 0 || r.height === 0) bad.push(`${name}: no box`);
    else if (r.left < 0 || r.top < 0 || r.right > vw + 0.5 || r.bottom > vh + 0.5)
      bad.push(`${name}: ${JSON.stringify(r)} outside ${vw}x${vh}`);
    else if (body.contains(control)) {
      const b = body.getBoundingClientRect();
      if (r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5) bad.push(`${name}: clipped by the card's body`);
    }
  }
  body.scrollTop = 0;
  return bad;
}

describe('a tap', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ browser, page } = await openPhone({ width: 390, height: 844 }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the card of a marked term with the default (hover) trigger, as a bottom sheet', async () => {
    await tap(page, 'Self-Defense Forces');
    expect(await cardTitle(page)).toBe('Japan Self-Defense Forces');
    const box = (await page.locator(CARD).boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(390);
    expect(box.y + box.height).toBeCloseTo(844, 0);
    expect(box.height).toBeLessThanOrEqual(844 / 2 + 1);
  });

  it('rises into view, and does not move at all when the reader asks for reduced motion', async () => {
    const animation = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.querySelector('gloss-explainer')!.shadowRoot!.querySelector('.card')!)
            .animationName,
      );
    await page.touchscreen.tap(4, 300);
    await tap(page, 'Diet');
    await page.locator(CARD).waitFor();
    expect(await animation()).toBe('gloss-rise');
    await page.touchscreen.tap(4, 300);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await tap(page, 'Diet');
    await page.locator(CARD).waitFor();
    expect(await animation()).toBe('none');
    await page.emulateMedia({ reducedMotion: null });
    await page.touchscreen.tap(4, 300);
  });

  it('on the page elsewhere closes the card', async () => {
    await tap(page, 'Self-Defense Forces');
    expect(await cardTitle(page)).not.toBeNull();
    // The body's left margin: no term, no link.
    await page.touchscreen.tap(4, 300);
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
  });

  it('a scroll closes the card', async () => {
    await tap(page, 'Self-Defense Forces');
    expect(await cardTitle(page)).not.toBeNull();
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
  });

  it('a downward swipe on the sheet closes it; a short one does not', async () => {
    await tap(page, 'Self-Defense Forces');
    expect(await cardTitle(page)).not.toBeNull();
    const box = (await page.locator(`${CARD} .header`).boundingBox())!;
    const cdp = await browser.context.newCDPSession(page);
    const swipe = async (dy: number) => {
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 5; i++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * i) / 5 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(20);
    await page.waitForTimeout(300);
    expect(await page.locator(CARD).count()).toBe(1);
    await swipe(160);
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
  });

  it('on a term inside a link opens the card with "Open link"; a second tap follows the link', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await tap(page, 'NATO');
    expect(await cardTitle(page)).toBe('North Atlantic Treaty Organization');
    expect(new URL(page.url()).pathname).toBe('/touch.html');
    const open = page.locator(CARD).getByRole('button', { name: 'Open link' });
    await expect(open.getAttribute('title')).resolves.toBe(`${server.origin}/target.html`);
    await page.screenshot({ path: join(ARTIFACTS, 'touch-link-card.png') });
    await tap(page, 'NATO');
    await page.waitForURL('**/target.html');
    await page.goBack();
    await waitForScan(page);
  });

  it('"Open link" follows the link', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await tap(page, 'NATO');
    expect(await cardTitle(page)).toBe('North Atlantic Treaty Organization');
    await page.locator(CARD).getByRole('button', { name: 'Open link' }).tap();
    await page.waitForURL('**/target.html');
    await page.goBack();
    await waitForScan(page);
  });

  it('a related entry keeps a Back that returns to the first card', async () => {
    await tap(page, 'NATO');
    expect(await cardTitle(page)).toBe('North Atlantic Treaty Organization');
    const related = page.locator(`${CARD} .related-item`).first();
    const relatedTitle = (await related.textContent())!;
    await related.tap();
    await expect.poll(() => page.locator(`${CARD} .title`).textContent()).toBe(relatedTitle);
    await page.locator(CARD).getByRole('button', { name: /Back/ }).tap();
    await expect.poll(() => page.locator(`${CARD} .title`).textContent()).toBe('North Atlantic Treaty Organization');
    await expect(page.locator(CARD).getByRole('button', { name: /Back/ }).count()).resolves.toBe(0);
    // "Open link" is still there after going back: the card is still about the term in the headline.
    await expect(page.locator(CARD).getByRole('button', { name: 'Open link' }).count()).resolves.toBe(1);
    await page.touchscreen.tap(4, 300);
  });

  it('"I know this one" unmarks the entry and shows an Undo that marks it again', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await marked(page)).toContain('Self-Defense Forces');
    await tap(page, 'Self-Defense Forces');
    expect(await cardTitle(page)).toBe('Japan Self-Defense Forces');
    await page.locator(CARD).getByRole('button', { name: 'I know this one' }).tap();
    await expect.poll(() => marked(page)).not.toContain('Self-Defense Forces');
    const undo = page.locator('gloss-explainer .toast').getByRole('button', { name: 'Undo' });
    await page.screenshot({ path: join(ARTIFACTS, 'touch-undo.png') });
    await undo.tap();
    await expect.poll(() => marked(page)).toContain('Self-Defense Forces');
  });
});

describe('a term partly out of view', () => {
  it('is scrolled into view when tapped, and its card sits by it', async () => {
    const { browser, page } = await openPhone({ width: 768, height: 1024 });
    try {
      // The headline's "NATO" half above the top of the viewport.
      const half = await page.evaluate(() => {
        const text = document.querySelector('#headline')!.firstChild!;
        const r = document.createRange();
        r.setStart(text, 0);
        r.setEnd(text, 4);
        const box = r.getBoundingClientRect();
        window.scrollTo(0, window.scrollY + box.top + box.height / 2);
        const now = r.getBoundingClientRect();
        return { x: now.left + now.width / 2, top: now.top, bottom: now.bottom };
      });
      expect(half.top).toBeLessThan(0);
      expect(half.bottom).toBeGreaterThan(0);
      await page.touchscreen.tap(half.x, half.bottom / 2);
      expect(await cardTitle(page)).toBe('North Atlantic Treaty Organization');
      const after = await page.evaluate(() => {
        const text = document.querySelector('#headline')!.firstChild!;
        const r = document.createRange();
        r.setStart(text, 0);
        r.setEnd(text, 4);
        const term = r.getBoundingClientRect();
        const card = document.querySelector('gloss-explainer')!.shadowRoot!.querySelector('.card')!;
        const box = card.getBoundingClientRect();
        return { termTop: term.top, termBottom: term.bottom, cardTop: box.top, cardBottom: box.bottom };
      });
      expect(after.termTop).toBeGreaterThanOrEqual(0);
      // Below the term (or above it, flipped), a few px away: not detached at the top of the screen.
      const gap = Math.min(Math.abs(after.cardTop - after.termBottom), Math.abs(after.termTop - after.cardBottom));
      expect(gap).toBeLessThan(16);
      await page.screenshot({ path: join(ARTIFACTS, 'touch-partly-out-of-view.png') });
    } finally {
      await browser.close();
    }
  });
});

describe('nothing in the card is clipped', () => {
  const sizes = [
    { name: '320', viewport: { width: 320, height: 568 }, touch: true },
    { name: '390', viewport: { width: 390, height: 844 }, touch: true },
    { name: '768', viewport: { width: 768, height: 1024 }, touch: true },
    // A 1280×900 window at 200 % zoom lays the page out in 640×450 CSS px at two device pixels each.
    { name: 'zoom-200', viewport: { width: 640, height: 450 }, touch: false },
  ];
  for (const { name, viewport, touch } of sizes) {
    it(`at ${name}: every control of a long card (details open) lies inside the viewport`, async () => {
      const device = touch
        ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 }
        : { hasTouch: false, isMobile: false, deviceScaleFactor: 2 };
      const { browser, page } = await openPhone(viewport, 'light', device);
      try {
        const point = (await pointOf(page, 'NATO'))!;
        if (touch) await page.touchscreen.tap(point.x, point.y);
        else {
          await page.mouse.move(point.x, point.y, { steps: 2 });
        }
        expect(await cardTitle(page)).toBe('North Atlantic Treaty Organization');
        const more = page.locator(CARD).getByRole('button', { name: 'More' });
        if ((await more.count()) > 0) await more.click();
        expect(await page.evaluate(controlsOutside)).toEqual([]);
        await page.screenshot({ path: join(ARTIFACTS, `touch-card-${name}.png`) });
      } finally {
        await browser.close();
      }
    });
  }
});

describe('the phone sheet, for the README', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`is photographed in ${scheme}`, async () => {
      const { browser, page } = await openPhone({ width: 390, height: 844 }, scheme);
      try {
        await tap(page, 'Self-Defense Forces');
        expect(await cardTitle(page)).toBe('Japan Self-Defense Forces');
        // Let the sheet's entrance finish (it is skipped with reduced motion).
        await page.waitForTimeout(400);
        expect(await page.evaluate(controlsOutside)).toEqual([]);
        await page.screenshot({ path: join(ROOT, 'docs', `phone-sheet-${scheme}.png`) });
      } finally {
        await browser.close();
      }
    });
  }
});
