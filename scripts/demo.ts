/**
 * The demo: opens a seed article (demo/*.html) in Chromium with the built
 * extension and shows Gloss explaining a term.
 * - With a display (and not in CI): a real browser window to try it in; close it to end.
 * - Without one: headless, hovers a term, and saves screenshots of the open card
 *   (light and dark), and of the options page, to docs/, printing where.
 * Run through `npm run demo`, which builds first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  EXTENSION_DIR,
  findChromium,
  hoverCard,
  launch,
  pointOf,
  requireBuild,
  ROOT,
  startServer,
  waitForScan,
} from '../tests/e2e/harness';

const PAGE = '/demo/japan-nato-ukraine.html';
const TERM = 'Kuril Islands';

requireBuild();
const server = await startServer();
const url = server.origin + PAGE;

if (process.env.DISPLAY && !process.env.CI) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Gloss is running on ${url}: hover a dotted term. Close the window to end.`);
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
} else {
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    const browser = await launch({ colorScheme });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 720 });
    await page.goto(url);
    const scanMs = await waitForScan(page);
    const point = await pointOf(page, TERM);
    if (!point) throw new Error(`"${TERM}" is not on ${PAGE}`);
    const title = await hoverCard(page, point);
    if (!title) throw new Error(`No card opened for "${TERM}"`);
    const file = join(ROOT, 'docs', colorScheme === 'light' ? 'demo-tooltip.png' : 'demo-tooltip-dark.png');
    await page.screenshot({ path: file });
    console.log(`${colorScheme}: hovered "${TERM}", card "${title}" (gloss:scan ${scanMs.toFixed(1)} ms) -> ${file}`);
    // The options page, as a reader first sees it.
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Gloss options' }).waitFor();
    const optionsFile = join(ROOT, 'docs', `options-${colorScheme}.png`);
    await options.screenshot({ path: optionsFile });
    console.log(`${colorScheme}: options page -> ${optionsFile}`);
    await browser.close();
  }
}
await server.close();
