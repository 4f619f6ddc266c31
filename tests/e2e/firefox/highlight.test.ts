/**
 * Firefox paints Gloss's mark as src/page/highlight.css asks: a dotted
 * underline drawn by `::highlight(gloss-term)` with the text-decoration
 * properties, which only some engines support inside ::highlight (see
 * src/platform/browser-differences.ts). The test compares the pixels of a
 * marked term with and without the highlight registered.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FixtureServer, ROOT, startServer } from '../harness';
import { type Firefox, launchFirefox, newPage, waitForScan } from './harness';

let server: FixtureServer;
let firefox: Firefox;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The rows (top to bottom) of a PNG in which any pixel differs from the other PNG, decoded in the page. */
function differingRows(page: Page, a: string, b: string): Promise<boolean[]> {
  return page.evaluate(
    async (first, second) => {
      // Runs in the page: page.evaluate sends this function's text, so its helpers must be inside it.
      // oxlint-disable-next-line unicorn/consistent-function-scoping
      const pixels = async (png: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const [x, y] = [await pixels(first), await pixels(second)];
      const rows: boolean[] = [];
      for (let row = 0; row < x.height; row++) {
        let differs = false;
        for (let i = row * x.width * 4; i < (row + 1) * x.width * 4 && !differs; i++) differs = x.data[i] !== y.data[i];
        rows.push(differs);
      }
      return rows;
    },
    a,
    b,
  );
}

it('underlines a marked term below its letters, and paints nothing else', async () => {
  const page = await newPage(firefox.browser);
  const url = server.put(
    '/firefox-highlight.html',
    '<!doctype html><body style="background:#fff;color:#000"><p id="p" style="font:32px/2 serif;margin:40px">NATO</p>',
  );
  await page.goto(url);
  await waitForScan(page);
  expect(await page.evaluate(() => CSS.highlights.get('gloss-term')?.size)).toBe(1);
  const box = await page.evaluate(() => {
    const r = document.createRange();
    r.selectNodeContents(document.getElementById('p')!.firstChild!);
    const b = r.getBoundingClientRect();
    return {
      x: Math.floor(b.left) - 4,
      y: Math.floor(b.top),
      width: Math.ceil(b.width) + 8,
      height: Math.ceil(b.height) + 8,
    };
  });
  const shot = () => page.screenshot({ clip: box, encoding: 'base64' }) as Promise<string>;
  const marked = await shot();
  await page.evaluate(() => CSS.highlights.delete('gloss-term'));
  const plain = await shot();
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'artifacts/firefox-highlight-marked.png'), Buffer.from(marked, 'base64'));
  writeFileSync(join(ROOT, 'artifacts/firefox-highlight-plain.png'), Buffer.from(plain, 'base64'));

  const rows = await differingRows(page, marked, plain);
  const changed = rows.flatMap((d, i) => (d ? [i] : []));
  expect(changed.length, 'the highlight paints something').toBeGreaterThan(0);
  // An underline, not a background or a colour: only rows in the lower part of the line box change.
  expect(Math.min(...changed)).toBeGreaterThan(box.height / 2);
  await page.close();
});
