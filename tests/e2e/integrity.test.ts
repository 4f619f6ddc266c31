/**
 * Page integrity on every corpus page: with Gloss loaded, a page keeps the
 * DOM it has without Gloss, its globals and built-in prototypes, and its page
 * errors (Gloss adds none). Gloss's own marks live in CSS.highlights, not in
 * the DOM, and it adds no element until a card opens.
 *
 * Pages' own scripts make a different document on each load (random tokens
 * in script URLs, ad-blocker bait placed by timing), so the document, its
 * globals and its layout are compared on each page with its scripts taken
 * out (and lazy images loaded at once, so that scrolling to a term does not
 * make the page lay itself out anew); prototypes and errors on the page as
 * served.
 *
 * Layout: the layout box of every element, with Gloss and without, must be the
 * same (the Highlight API paints and never lays out). Then a card is opened
 * on a marked term: no layout-shift entry while it opens, every element's box
 * as before, and the document as before outside Gloss's one host element,
 * which is appended to <html> only now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages } from '../../scripts/bench/corpus-text';
import { type Browser, type FixtureServer, hoverCard, launch, SHARED, startServer, waitForScan } from './harness';

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
  // Every HTML element's layout box, at the top of the page (sticky elements move with the scroll). Offsets,
  // not client rects: they leave out transforms, which CSS animations (a spinner) change all the time.
  scrollTo(0, 0);
  const boxes = [];
  for (const el of document.querySelectorAll('*')) {
    if (el.localName === 'gloss-explainer' || !(el instanceof HTMLElement)) continue;
    boxes.push(el.localName + ' ' + [el.offsetLeft, el.offsetTop, el.offsetWidth, el.offsetHeight].join(' '));
  }
  return {
    boxes,
    dom: document.documentElement.outerHTML,
    globals: Object.getOwnPropertyNames(window).sort(),
    protos: shape,
  };
})()`;

interface Snapshot {
  boxes: string[];
  dom: string;
  globals: string[];
  protos: Record<string, string[]>;
}

/**
 * Pages with no marked term the pointer can reach: the Japanese page (nothing marked: Gloss's knowledge is in
 * English). The Guardian's, whose only marks lay under its footer once its scripts are taken out, now has terms
 * in its article the pointer reaches.
 */
const NO_REACHABLE_TERM = new Set(['np-nikkei-us-nk-summit-ja']);

let server: FixtureServer;
let plain: Browser;
let glossed: Browser;
/** The page's HTML without its scripts, its lazy images loaded at once: a document that is the same on every load. */
function withoutScripts(name: string): string {
  return readFileSync(join(SHARED, 'corpus', name, 'source.html'), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/\sloading=(["']?)lazy\1/gi, '');
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

/** What opening a card changed: layout shifts while it opened, and the page after (with the card open). */
interface CardOpened {
  title: string | null;
  shifts: number;
  after: Snapshot;
  host: string;
}

/** Hovers marked terms, the first first, until a card opens, watching for layout shifts meanwhile. */
async function openCard(page: Page): Promise<CardOpened | null> {
  await page.evaluate(() => {
    const w = window as unknown as { __shifts: number };
    w.__shifts = 0;
    new PerformanceObserver((list) => (w.__shifts += list.getEntries().length)).observe({ type: 'layout-shift' });
  });
  let title: string | null = null;
  let reachable = false;
  // A term can sit under a sticky header, an overlay or (scripts taken out) a footer: the next one then.
  for (let i = 0; i < 30 && title === null; i++) {
    const point = await page.evaluate((n) => {
      const range = [...(CSS.highlights.get('gloss-term') ?? [])][n] as Range | undefined;
      if (!range) return null;
      window.scrollBy(0, range.getBoundingClientRect().top - innerHeight / 2);
      const rect = range.getClientRects()[0];
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const top = document.elementFromPoint(x, y);
      return { x, y, covered: !top?.contains(range.startContainer) };
    }, i);
    if (point === null) break;
    if (point.covered) continue;
    reachable = true;
    title = await hoverCard(page, point, 3_000);
  }
  if (!reachable) return null;
  await page.waitForTimeout(300);
  const shifts = (await page.evaluate('window.__shifts')) as number;
  const host = (await page.evaluate(`document.querySelector('gloss-explainer')?.outerHTML ?? ''`)) as string;
  const after = (await page.evaluate(SNAPSHOT)) as Snapshot;
  return { title, shifts, after, host };
}

/** Loads a page, lets it settle (and Gloss scan), and snapshots it with its page errors; perhaps opens a card. */
async function load(
  browser: Browser,
  url: string,
  withGloss: boolean,
  card = false,
): Promise<Snapshot & { errors: string[]; card: CardOpened | null }> {
  const page: Page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  if (withGloss) await waitForScan(page);
  await page.waitForTimeout(400);
  const snapshot = (await page.evaluate(SNAPSHOT)) as Snapshot;
  const opened = card ? await openCard(page) : null;
  await page.close();
  return { ...snapshot, errors: errors.toSorted(), card: opened };
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
    const stillGlossed = await load(glossed, still, true, true);
    expect(stillGlossed.dom).toBe(stillPlain.dom);
    // Globals likewise (a page's scripts add some on some loads only, by timing: the NYT page's error log).
    expect(stillGlossed.globals).toEqual(stillPlain.globals);
    // Layout: every element's box the same as without Gloss.
    expect(stillGlossed.boxes).toEqual(stillPlain.boxes);
    // A card opens where Gloss marked a term the pointer can reach: no layout shift, no box moved, and the
    // document the same but for Gloss's host, appended to <html>.
    const card = stillGlossed.card;
    const opened = card && {
      cardOpened: card.title !== null,
      layoutShifts: card.shifts,
      boxesMoved: card.after.boxes.filter((box, i) => box !== stillGlossed.boxes[i]).length,
      hostIsEmptyAndLastInHtml:
        /^<gloss-explainer style="[^"]*"><\/gloss-explainer>$/.test(card.host) &&
        card.after.dom.endsWith(`${card.host}</html>`),
      sameDocumentOutsideHost: card.after.dom.replace(card.host, '') === stillGlossed.dom,
    };
    expect(opened).toEqual(
      NO_REACHABLE_TERM.has(name)
        ? null
        : {
            cardOpened: true,
            layoutShifts: 0,
            boxesMoved: 0,
            hostIsEmptyAndLastInHtml: true,
            sameDocumentOutsideHost: true,
          },
    );
    console.log(
      `${name}: ${stillGlossed.boxes.length} boxes compared, card ${card?.title ?? '(no marked term the pointer can reach)'}`,
    );
  });
});
