/**
 * Page integrity on every corpus page: with Gloss loaded, a page keeps the
 * DOM it has without Gloss, its globals and built-in prototypes, and its page
 * errors (Gloss adds none). Gloss's own marks live in CSS.highlights, not in
 * the DOM, and it adds no element until a card opens. (Layout shift is not
 * checked here yet: blocked images and fonts make these pages shift
 * differently from load to load, with Gloss or without.)
 *
 * Pages' own scripts make a different document on each load (random tokens
 * in script URLs, ad-blocker bait placed by timing), so the document is
 * and its globals are compared on each page with its scripts taken out;
 * prototypes and errors on the page as served.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages } from '../../scripts/bench/corpus-text';
import { type Browser, type FixtureServer, launch, SHARED, startServer, waitForScan } from './harness';

/** What the page looks like to itself: its DOM, globals and prototypes. */
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
    globals: Object.getOwnPropertyNames(window).sort(),
    protos: shape,
  };
})()`;

interface Snapshot {
  dom: string;
  globals: string[];
  protos: Record<string, string[]>;
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
    // Prototypes and errors, on the page as served, its own scripts running.
    const url = `${server.origin}/corpus/${name}/source.html`;
    const a = await load(plain, url, false);
    const g = await load(glossed, url, true);
    expect(g.protos).toEqual(a.protos);
    // Every page error with Gloss is one the page throws without it: Gloss causes none.
    const errors = new Set(a.errors);
    for (let more = 0; more < 4 && g.errors.some((e) => !errors.has(e)); more++) {
      for (const e of (await load(plain, url, false)).errors) errors.add(e);
    }
    expect(g.errors.filter((e) => !errors.has(e))).toEqual([]);
    // The document, on the page without its own scripts (which insert random tokens and ads by timing):
    // Gloss adds no element or attribute before a card opens, so the document must be the very same.
    const still = server.put(`/still/${name}.html`, withoutScripts(name));
    const stillPlain = await load(plain, still, false);
    const stillGlossed = await load(glossed, still, true);
    expect(stillGlossed.dom).toBe(stillPlain.dom);
    // Globals likewise (a page's scripts add some on some loads only, by timing: the NYT page's error log).
    expect(stillGlossed.globals).toEqual(stillPlain.globals);
  });
});
