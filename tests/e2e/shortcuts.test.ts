/**
 * The options page lists the keyboard shortcuts as Chromium has them (commands.getAll, compared with what the
 * service worker reads), and says where to change them.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launch } from './harness';

declare const chrome: {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
};

let browser: Browser;
let options: Page;

beforeAll(async () => {
  browser = await launch();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('the options page', () => {
  it('lists each command with the key the browser gives it', async () => {
    const rows = options.locator('table.shortcuts tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const text = await rows.allTextContents();
    const worker: Worker = browser.context.serviceWorkers()[0];
    const fromBrowser = await worker.evaluate(() =>
      chrome.commands
        .getAll()
        // The browser's own _execute_action (opening the popup) is not Gloss's to list.
        .then((all) => all.filter((c) => !c.name?.startsWith('_')).map((c) => `${c.shortcut ?? ''}|${c.description}`)),
    );
    expect(fromBrowser).toContain('Alt+Shift+J|Go to the next explained term and open its card');
    for (const entry of fromBrowser) {
      const [key, description] = entry.split('|');
      expect(text).toContain(`${key || 'Not set'}${description}`);
    }
  });

  it('says how to change them', async () => {
    await expect(options.getByText('chrome://extensions/shortcuts').count()).resolves.toBe(1);
    await expect(options.getByRole('button', { name: 'Change shortcuts' }).count()).resolves.toBe(1);
  });
});
