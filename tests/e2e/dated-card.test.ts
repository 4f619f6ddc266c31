/**
 * A person's card on a real corpus page says what they were at the page's date when that is not their latest role
 * (issue #17, point 3), in Chromium with the built extension: Kellyanne Conway on a CNN page of 29 November 2016 was
 * still the Trump campaign's manager, not yet the Counselor to the President her card's subtitle names. The
 * screenshot goes to artifacts/ to be looked at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  type FixtureServer,
  hoverCard,
  launch,
  pointOf,
  ROOT,
  startServer,
  waitForScan,
} from './harness';

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

async function open(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/corpus/${name}/source.html`, { waitUntil: 'load' });
  await waitForScan(page);
  return page;
}

const card = (page: Page) => page.locator('gloss-explainer [role="tooltip"]:not([hidden])');

describe("a person's card at the page's date", () => {
  it.each([
    {
      name: 'mercury-cnn-trump',
      term: 'Kellyanne Conway',
      title: 'Kellyanne Conway',
      line: 'At this article’s date (November 2016): Campaign manager, Trump presidential campaign',
    },
    {
      name: 'rdb-nytimes-us-debt',
      term: 'Mitch McConnell',
      title: 'Mitch McConnell',
      line: 'At this article’s date (September 2018): United States senator from Kentucky; Senate Majority Leader',
    },
  ])('$name: $title was what the page’s date says', async ({ name, term, title, line }) => {
    const page = await open(name);
    const point = await pointOf(page, term);
    expect(point).not.toBeNull();
    expect(await hoverCard(page, point!)).toBe(title);
    await expect.poll(() => card(page).locator('.dated').textContent()).toBe(line);
    // Under the subtitle (what they became), above the summary; the footer still says when it was checked.
    expect(
      await card(page)
        .locator('.dated')
        .evaluate((p) => p.previousElementSibling?.className),
    ).toBe('subtitle');
    expect(await card(page).locator('.checked').textContent()).toMatch(/Checked \d{4}-\d{2}-\d{2}\./);
    await page.screenshot({ path: join(ROOT, 'artifacts', `dated-card-${name}.png`) });
    await page.close();
  });
});
