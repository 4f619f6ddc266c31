/**
 * Page integrity on every corpus page: with Gloss loaded, a page keeps the
 * DOM it has without Gloss, its globals and built-in prototypes, its page
 * errors (Gloss adds none) and its layout (Gloss shifts nothing). Gloss's own
 * marks live in CSS.highlights, not in the DOM, and it adds no element until
 * a card opens.
 *
 * Pages' own scripts make a different document on each load (random tokens
 * in script URLs, ad-blocker bait placed by timing), so the document is
 * compared on each page with its scripts taken out; globals, prototypes,
 * errors and layout on the page as served.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages } from '../../scripts/bench/corpus-text';
import { type Browser, type FixtureServer, launch, SHARED, startServer, waitForScan } from './harness';

/** Installed before the page's own scripts: collects layout shifts and page errors from the start. */
const PROBE = `
  window.__shift = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
`;

/** What the page looks like to itself: its DOM, globals and prototypes, and the layout shift so far. */
const SNAPSHOT = `(() => {
  const protos = { Array: Array.prototype, Object: Object.prototype, Function: Function.prototype,
    Node: Node.prototype, Element: Element.prototype, EventTarget: EventTarget.prototype,
    Document: Document.prototype, Range: Range.prototype, String: String.prototype };
  const shape = {};
  for (const [name, proto] of Object.entries(protos)) {
    shape[name] = Object.getOwnPropertyNames(proto).sort().map((k) => {
      const d = Object.getOwnPropertyDescriptor(proto, k);
      return k + ':' + (typeof d.value === 'function' ? d.value.name + '/' + d.value.length : typeof d.value);
    });
  }
  return {
    dom: document.documentElement.outerHTML,
    globals: Object.getOwnPropertyNames(window).filter((k) => k !== '__shift').sort(),
    protos: shape,
    shift: window.__shift,
  };
})()`;

interface Snapshot {
  dom: string;
  globals: string[];
  protos: Record<string, string[]>;
  shift: number;
}

let server: FixtureServer;
let plain: Browser;
let glossed: Browser;
/** The page's HTML without its scripts: a document that is the same on every load. */
function withoutScripts(name: string): string {
  return readFileSync(join(SHARED, 'corpus', name, 'source.html'), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
}

beforeAll(async () => {
  server = await startServer();
  plain = await launch({ withExtension: false });
  glossed = await launch();
  await plain.context.addInitScript(PROBE);
  await glossed.context.addInitScript(PROBE);
});
afterAll(async () => {
  await glossed?.close();
  await plain?.close();
  await server?.close();
});

/** Loads a page, lets it settle (and Gloss scan), and snapshots it with its page errors. */
async function load(browser: Browser, url: string, withGloss: boolean): Promise<Snapshot & { errors: string[] }> {
  const page: Page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  if (withGloss) await waitForScan(page);
  await page.waitForTimeout(400);
  const snapshot = (await page.evaluate(SNAPSHOT)) as Snapshot;
  await page.close();
  return { ...snapshot, errors: errors.toSorted() };
}

describe('page integrity on every corpus page', () => {
  it.each(corpusPages())('%s', async (name) => {
    // Globals, prototypes, errors and layout, on the page as served, its own scripts running.
    const url = `${server.origin}/corpus/${name}/source.html`;
    const a = await load(plain, url, false);
    const g = await load(glossed, url, true);
    expect(g.globals).toEqual(a.globals);
    expect(g.protos).toEqual(a.protos);
    expect(g.errors).toEqual(a.errors);
    expect(g.shift).toBeLessThanOrEqual(a.shift + 0.001);
    // The document, on the page without its own scripts (which insert random tokens and ads by timing):
    // Gloss adds no element or attribute before a card opens, so the document must be the very same.
    const still = server.put(`/still/${name}.html`, withoutScripts(name));
    const stillPlain = await load(plain, still, false);
    const stillGlossed = await load(glossed, still, true);
    expect(stillGlossed.dom).toBe(stillPlain.dom);
  });
});
