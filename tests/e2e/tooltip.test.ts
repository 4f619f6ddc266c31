/**
 * The card's behaviour in real Chromium: it opens after the dwell, stays
 * while the pointer moves into it, closes on Esc, when the pointer leaves,
 * and when its term scrolls away; related entries open their own card;
 * text added to the page later is marked too.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, hoverCard, launch, pointOf, startServer, waitForScan } from './harness';

let server: FixtureServer;
let browser: Browser;
let page: Page;

const CARD = 'gloss-explainer [role="tooltip"]';
const PAGE = `<!doctype html><html lang="en"><body style="font: 20px/1.6 serif; margin: 40px">
<p>Japan's Self-Defense Forces train with NATO members, and the Diet in Tokyo debates Article 9.</p>
<div style="height: 3000px"></div><p id="end">The end.</p>
</body></html>`;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.context.newPage();
  await page.goto(server.put('/tooltip.html', PAGE));
  await waitForScan(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openNato() {
  await page.evaluate(() => window.scrollTo(0, 0));
  const point = await pointOf(page, 'NATO');
  expect(await hoverCard(page, point!)).toBe('North Atlantic Treaty Organization');
  return point!;
}

describe('the card', () => {
  it('is a role="tooltip" element in an open shadow root, outside <body>', async () => {
    await openNato();
    const where = await page.evaluate(() => {
      const host = document.querySelector('gloss-explainer');
      return {
        parent: host?.parentElement?.localName,
        shadow: host?.shadowRoot?.mode,
        role: host?.shadowRoot?.querySelector('.card')?.getAttribute('role'),
      };
    });
    expect(where).toEqual({ parent: 'html', shadow: 'open', role: 'tooltip' });
  });

  it('shows the summary, a source link and the checked date as text', async () => {
    await openNato();
    const card = page.locator(CARD);
    await expect(card.locator('.summary').textContent()).resolves.toMatch(/alliance/i);
    const href = await card.locator('a.source').first().getAttribute('href');
    expect(href).toMatch(/^https:\/\//);
    await expect(card.locator('.checked').textContent()).resolves.toMatch(/Checked \d{4}-\d{2}-\d{2}/);
  });

  it('stays open while the pointer moves from the term into the card', async () => {
    await openNato();
    const box = (await page.locator(CARD).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10, { steps: 8 });
    await page.waitForTimeout(600);
    await expect(page.locator(CARD).isVisible()).resolves.toBe(true);
  });

  it('closes on Esc', async () => {
    await openNato();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(CARD).count(), { timeout: 2_000 }).toBe(0);
  });

  it('closes when the pointer leaves the term', async () => {
    await openNato();
    await page.mouse.move(5, 600);
    await expect.poll(() => page.locator(CARD).count(), { timeout: 2_000 }).toBe(0);
  });

  it('closes when its term scrolls out of view', async () => {
    await openNato();
    await page.evaluate(() => document.getElementById('end')!.scrollIntoView());
    await expect.poll(() => page.locator(CARD).count(), { timeout: 2_000 }).toBe(0);
  });

  it('opens a related entry when it is clicked', async () => {
    await openNato();
    const related = page.locator(`${CARD} .related-item`).first();
    const name = await related.textContent();
    await related.click();
    await expect.poll(() => page.locator(`${CARD} .title`).textContent()).toBe(name);
  });

  it('shows the details behind "More"', async () => {
    await openNato();
    const more = page.locator(`${CARD} .more`);
    await expect(page.locator(`${CARD} .details`).isVisible()).resolves.toBe(false);
    await more.click();
    await expect(page.locator(`${CARD} .details`).isVisible()).resolves.toBe(true);
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
  });
});

describe('text added later', () => {
  it('is marked and explained without a reload', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later news: the Kuril Islands talks stalled.';
      document.body.prepend(p);
      window.scrollTo(0, 0);
    });
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('gloss-term') ?? [])].map(String)), { timeout: 3_000 })
      .toContain('Kuril Islands');
    const point = await pointOf(page, 'Kuril Islands');
    expect(await hoverCard(page, point!)).toMatch(/^Kuril Islands dispute/);
  });

  it('forgets marks whose text was removed', async () => {
    await page.evaluate(() => document.querySelector('p')!.remove());
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('gloss-term') ?? [])].map(String)), { timeout: 3_000 })
      .not.toContain('Kuril Islands');
  });

  it('marks a term whose meaning needs context the page already gave (the evidence does not change)', async () => {
    const diets = () =>
      page.evaluate(() => [...(CSS.highlights.get('gloss-term') ?? [])].filter((r) => String(r) === 'Diet').length);
    const before = await diets();
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      // The page's own sentence again, first on the page: nothing in it is new evidence. With the first mention
      // marked (the default), the mark moves to it.
      p.textContent = document.querySelector('p')!.textContent;
      document.body.prepend(p);
    });
    const firstDietAdded = () =>
      page.evaluate(() => {
        const diet = ([...(CSS.highlights.get('gloss-term') ?? [])] as Range[]).find((r) => String(r) === 'Diet');
        return diet?.startContainer.parentElement?.closest('#added') !== null && diet !== undefined;
      });
    await expect.poll(firstDietAdded, { timeout: 3_000 }).toBe(true);
    expect(await diets()).toBe(before);
  });
});

describe('a term the page cannot decide', () => {
  it('says so and offers each meaning, which opens its card', async () => {
    const other = await browser.context.newPage();
    await other.goto(
      // (A short acronym several bodies use, like "SDF", is not marked at all without evidence: issue #17.)
      server.put(
        '/undecided.html',
        '<!doctype html><p style="font-size:22px">The House of Commons voted on Monday.</p>',
      ),
    );
    await waitForScan(other);
    const point = await pointOf(other, 'House of Commons');
    expect(await hoverCard(other, point!)).toBe('House of Commons');
    const card = other.locator(CARD);
    await expect(card.locator('.category').textContent()).resolves.toBe('Several meanings');
    const choices = await card.locator('.related-item').allTextContents();
    expect(choices.map((c) => c.split(' (')[0]).toSorted()).toEqual([
      'House of Commons of Canada',
      'House of Commons of the United Kingdom',
    ]);
    await card.locator('.related-item', { hasText: 'Canada' }).click();
    await expect.poll(() => card.locator('.title').textContent()).toBe('House of Commons of Canada');
    await other.close();
  });
});

describe('coming back to a term', () => {
  it('opens the card again when the term scrolls away and back under a still pointer', async () => {
    const point = await openNato();
    await page.evaluate(() => document.getElementById('end')!.scrollIntoView());
    await expect.poll(() => page.locator(CARD).count(), { timeout: 2_000 }).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    // The pointer never left; a small move over the same term opens its card again.
    await page.mouse.move(point.x + 1, point.y);
    await expect
      .poll(() => page.locator(`${CARD} .title`).textContent(), { timeout: 3_000 })
      .toBe('North Atlantic Treaty Organization');
  });

  it('keeps a card closed with Esc closed until the pointer leaves the term', async () => {
    const point = await openNato();
    await page.keyboard.press('Escape');
    await page.mouse.move(point.x + 1, point.y);
    await page.waitForTimeout(600);
    await expect(page.locator(CARD).count()).resolves.toBe(0);
    expect(await hoverCard(page, point)).toBe('North Atlantic Treaty Organization');
  });
});
