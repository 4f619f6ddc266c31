/** The toolbar popup, opened as an extension page in Chromium. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/knowledge/compile';
import { knowledgeDir } from '../../src/knowledge/location';
import { loadKnowledge } from '../../src/knowledge/read-files';
import { type Browser, launch, ROOT } from './harness';

const entries = loadKnowledge(knowledgeDir()).entries;
const newest = Object.values(compileKnowledge(entries).details)
  .map((e) => e.checked)
  .toSorted()
  .at(-1);

describe('popup', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch({ colorScheme });
    });
    afterAll(async () => browser?.close());

    it(`says what Gloss knows (${colorScheme})`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 360, height: 420 });
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Gloss');
      const text = await page.locator('main').textContent();
      expect(text).toContain(`${entries.length} entries`);
      expect(text).toContain(`last checked ${newest}`);
      mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
      // Looked at, not asserted on: artifacts/ is ignored by git.
      await page.screenshot({ path: join(ROOT, `artifacts/popup-${colorScheme}.png`) });
      await page.close();
    });
  }
});
