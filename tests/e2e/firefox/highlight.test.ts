/**
 * Firefox paints every look src/page/highlight.css defines: underlines drawn
 * with the text-decoration properties inside ::highlight (which not every
 * engine supports there; see src/platform/browser-differences.ts) and
 * backgrounds. The test compares the pixels of a marked term under each
 * highlight name with the term unmarked.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Each highlight highlight.css styles (light scheme: the first rule for each name), and what it paints. */
const STYLES = [
  ...readFileSync(join(ROOT, 'src/page/highlight.css'), 'utf8').matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g),
]
  .map(([, name, body]) => ({
    name,
    kind: /text-decoration-line:\s*underline/.test(body) ? 'underline' : 'background',
  }))
  .filter((style, i, all) => all.findIndex((s) => s.name === style.name) === i);

describe('every look in highlight.css is painted by Firefox', () => {
  let page: Page;
  let box: { x: number; y: number; width: number; height: number };
  let plain: string;
  const shot = () => page.screenshot({ clip: box, encoding: 'base64' }) as Promise<string>;

  beforeAll(async () => {
    page = await newPage(firefox.browser);
    const url = server.put(
      '/firefox-highlight.html',
      '<!doctype html><body style="background:#fff;color:#000"><p id="p" style="font:32px/2 serif;margin:40px">NATO</p>',
    );
    await page.goto(url);
    await waitForScan(page);
    const size = await page.evaluate(() => CSS.highlights.get('gloss-term')?.size);
    if (size !== 1) throw new Error(`Gloss marked ${size ?? 'nothing'} on the test page, expected one term`);
    box = await page.evaluate(() => {
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
    // Keep Gloss's ranges, then take every highlight off the page for the unmarked picture.
    await page.evaluate(() => {
      const w = window as unknown as { __ranges: AbstractRange[] };
      w.__ranges = [...CSS.highlights.get('gloss-term')!];
      CSS.highlights.clear();
    });
    plain = await shot();
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  });

  it('finds the looks to check', () => {
    expect(STYLES.map((s) => s.name)).toContain('gloss-term');
    expect(STYLES.some((s) => s.kind === 'background')).toBe(true);
  });

  it.each(STYLES.map((s) => [s.name, s.kind]))('%s paints its %s', async (name, kind) => {
    await page.evaluate((n) => {
      CSS.highlights.clear();
      CSS.highlights.set(n, new Highlight(...(window as unknown as { __ranges: AbstractRange[] }).__ranges));
    }, name);
    const marked = await shot();
    writeFileSync(join(ROOT, `artifacts/firefox-${name}.png`), Buffer.from(marked, 'base64'));
    const changed = (await differingRows(page, marked, plain)).flatMap((d, i) => (d ? [i] : []));
    expect(changed.length, 'the highlight paints something').toBeGreaterThan(0);
    // An underline is a line under the letters (only rows in the lower part of the box change); a background
    // lies behind the whole term (rows from its top half down change).
    const top = Math.min(...changed);
    expect(kind === 'underline' ? top > box.height / 2 : top < box.height / 2, `first changed row ${top}`).toBe(true);
  });
});
