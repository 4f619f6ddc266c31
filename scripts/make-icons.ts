/**
 * Renders docs/icon.svg to the PNG sizes the Chrome Web Store and AMO ask
 * for (16, 32, 48, 96, 128) with headless Chromium. The PNGs are checked in;
 * run this again after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/harness';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('docs/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
  console.log(`public/icon/${size}.png`);
}
await browser.close();
