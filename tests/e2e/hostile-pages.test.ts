/**
 * Hostile and unusual pages, in real Chromium with the built extension. For
 * each: Gloss marks what it should and its card opens, or it steps aside
 * cleanly (no marks there, no errors); the page's own script keeps working;
 * nothing goes wrong (page errors, console errors, CSP violations).
 *
 * Decisions these tests pin down:
 * - Editors (textarea, input, contenteditable in every spelling) are the
 *   reader's writing surface: never marked, also when text is typed later.
 * - Frames: the content script runs in the top document only (no
 *   `all_frames`). The article is the top document; frames are mostly ads,
 *   players and comment widgets, and running in each would multiply the
 *   work and storage reads per page. Frames are left as they are.
 * - Shadow DOM: text a page puts inside a shadow root (open or closed) is
 *   left alone for now; text of the page's own that a component shows
 *   through a <slot> is the page's light DOM, and is marked. (Marking inside
 *   open shadow roots needs the scan to find them, one MutationObserver per
 *   root, caretPositionFromPoint's `shadowRoots` option for hovering, and an
 *   order across trees for the glossary: not done yet.)
 * - The page's overrides of built-ins cannot reach Gloss: Chromium runs
 *   content scripts in an isolated world with its own built-ins.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type FixtureServer, hoverCard, launch, startServer } from './harness';
import {
  cardStyle,
  type Evaluate,
  markedTexts,
  pointIn,
  scanDone,
  type Trouble,
  viaDevTools,
  viaPlaywright,
  watchTrouble,
} from './hostile-probes';

const NATO = 'North Atlantic Treaty Organization';
const STYLE = 'font: 20px/1.6 serif; margin: 40px';
let server: FixtureServer;
/** A second server: another port on 127.0.0.1 is another origin. */
let other: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  other = await startServer();
  browser = await launch();
  // These pages test that every term is found and marked, however the page is built: mark every mention.
  await browser.context.serviceWorkers()[0].evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({
      settings: { paused: false, disabledSites: [], firstMentionOnly: false },
      settings$: { v: 3 },
    }),
  );
});
afterAll(async () => {
  await browser?.close();
  await other?.close();
  await server?.close();
});

async function open(url: string, devTools = false): Promise<{ page: Page; trouble: Trouble; ev: Evaluate }> {
  const page = await browser.context.newPage();
  const trouble = await watchTrouble(page);
  await page.goto(url, { waitUntil: 'load' });
  const ev = devTools ? await viaDevTools(page) : viaPlaywright(page);
  await scanDone(ev);
  return { page, trouble, ev };
}

/** Nothing went wrong on the page: no uncaught error, no console error or warning, no CSP violation. */
async function expectNoTrouble(trouble: Trouble, ev: Evaluate): Promise<void> {
  expect(trouble.errors).toEqual([]);
  expect(trouble.console).toEqual([]);
  expect(await trouble.violations(ev)).toEqual([]);
}

async function expectCardFor(page: Page, text: string, title: string, ev = viaPlaywright(page)): Promise<void> {
  const point = await pointIn(ev, text);
  expect(point, `"${text}" is on the page`).not.toBeNull();
  expect(await hoverCard(page, point!)).toBe(title);
  // The card's own style sheet applied: the page's CSP did not block it.
  expect(await cardStyle(ev)).toEqual({ host: 'fixed', card: 'fixed', radius: '10px' });
}

/** A page script that counts, so a test can see the page keeps running. */
const TICK = `let n = 0; setInterval(() => { document.getElementById('count').textContent = String(++n); }, 20);`;
const ticks = (ev: Evaluate) => ev('Number(document.getElementById("count").textContent)') as Promise<number>;

async function expectPageRuns(ev: Evaluate): Promise<void> {
  const before = await ticks(ev);
  await new Promise((r) => setTimeout(r, 200));
  expect(await ticks(ev)).toBeGreaterThan(before);
}

describe('strict Content-Security-Policy', () => {
  it("default-src 'none': terms are marked and the card opens, styled, with no violation", async () => {
    const url = server.put(
      '/csp-none.html',
      // No inline style here: the page's own would be a violation.
      `<!doctype html><html lang="en"><body><p>NATO members met on Monday.</p></body></html>`,
      { 'content-security-policy': "default-src 'none'" },
    );
    const { page, trouble, ev } = await open(url);
    expect(await markedTexts(ev)).toEqual(['NATO']);
    await expectCardFor(page, 'NATO', NATO);
    await expectNoTrouble(trouble, ev);
    await page.close();
  });

  it('with Trusted Types enforced, the page and Gloss both work', async () => {
    const csp = [
      "default-src 'none'",
      "script-src 'nonce-page'",
      "require-trusted-types-for 'script'",
      'trusted-types page-policy',
    ].join('; ');
    const url = server.put(
      '/trusted-types.html',
      `<!doctype html><html lang="en"><body><p id="count">0</p><div id="late"></div>
<script nonce="page">
  const policy = trustedTypes.createPolicy('page-policy', { createHTML: (s) => s });
  document.getElementById('late').innerHTML = policy.createHTML('<p>The Self-Defense Forces and NATO trained.</p>');
  ${TICK}
</script></body></html>`,
      { 'content-security-policy': csp },
    );
    const { page, trouble, ev } = await open(url);
    expect(await markedTexts(ev)).toEqual(['Self-Defense Forces', 'NATO']);
    await expectCardFor(page, 'NATO', NATO);
    await expectPageRuns(ev);
    await expectNoTrouble(trouble, ev);
    await page.close();
  });
});

describe('editors and form fields', () => {
  it('never marks textarea, input or contenteditable text, also when the reader types a term later', async () => {
    const url = server.put(
      '/editors.html',
      `<!doctype html><html lang="en"><body style="${STYLE}">
<p>NATO outside.</p>
<textarea>NATO in a textarea</textarea><input value="NATO in an input">
<div contenteditable><p>NATO in an editor</p></div>
<div contenteditable="plaintext-only">NATO in plain text</div>
<div contenteditable="true"><p>Kishida <span contenteditable="false">NATO</span></p></div>
<div id="typing" contenteditable="true"><p>Start: </p></div>
</body></html>`,
    );
    const { page, trouble, ev } = await open(url);
    expect(await markedTexts(ev)).toEqual(['NATO']);
    await page.click('#typing p');
    await page.keyboard.press('End');
    await page.keyboard.type(' NATO and the Self-Defense Forces');
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('textarea'), { value: 'NATO' })),
    );
    // Past the scanner's mutation batch (150 ms): what was typed has been looked at.
    await page.waitForTimeout(600);
    expect(await markedTexts(ev)).toEqual(['NATO']);
    expect(await page.locator('#typing').textContent()).toContain('NATO and the Self-Defense Forces');
    await expectNoTrouble(trouble, ev);
    await page.close();
  });
});

describe('shadow DOM', () => {
  it('marks text in open shadow roots and slotted text, not closed roots, and the components keep working', async () => {
    const url = server.put(
      '/shadow.html',
      `<!doctype html><html lang="en"><body style="${STYLE}">
<p>The Self-Defense Forces met.</p>
<news-card id="open"><span>NATO in a slot.</span></news-card>
<div id="closed"></div><p id="count">0</p>
<script>
  customElements.define('news-card', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const p = document.createElement('p');
      p.append('Fumio Kishida inside an open shadow root. ', document.createElement('slot'));
      const c = document.createElement('span');
      c.id = 'inner';
      c.textContent = '0';
      root.append(p, c);
      let n = 0;
      setInterval(() => { c.textContent = String(++n); }, 20);
    }
  });
  document.getElementById('closed').attachShadow({ mode: 'closed' }).append('NATO inside a closed shadow root.');
  ${TICK}
</script></body></html>`,
    );
    const { page, trouble, ev } = await open(url);
    // Issue #15: open shadow roots are marked too (docs/touch.md); the closed root's NATO stays out of reach.
    // Words only the shadow root holds reach the page's table when the page asks again (page-words.ts).
    await expect
      .poll(() => markedTexts(ev), { timeout: 10_000 })
      .toEqual(['Self-Defense Forces', 'Fumio Kishida', 'NATO']);
    await expectCardFor(page, 'NATO', NATO);
    const inner = () =>
      page.evaluate(() => Number(document.getElementById('open')!.shadowRoot!.getElementById('inner')!.textContent));
    const before = await inner();
    await page.waitForTimeout(200);
    expect(await inner()).toBeGreaterThan(before);
    await expectPageRuns(ev);
    await expectNoTrouble(trouble, ev);
    await page.close();
  });
});

describe('frames', () => {
  it('marks the top document only, and frames of either origin keep working', async () => {
    const frameHtml = `<!doctype html><body><p>NATO inside a frame.</p><p id="count">0</p><script>${TICK}</script></body>`;
    const same = server.put('/frame.html', frameHtml);
    const cross = other.put('/frame.html', frameHtml);
    expect(new URL(cross).origin).not.toBe(new URL(same).origin);
    const url = server.put(
      '/frames.html',
      `<!doctype html><html lang="en"><body style="${STYLE}"><p>The Self-Defense Forces met.</p>
<iframe id="same" src="${same}"></iframe><iframe id="cross" src="${cross}"></iframe>
<iframe srcdoc="<p>NATO in srcdoc</p>"></iframe></body></html>`,
    );
    const { page, trouble, ev } = await open(url);
    expect(await markedTexts(ev)).toEqual(['Self-Defense Forces']);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(3);
    for (const frame of frames) {
      expect(await frame.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0)).toBe(0);
      expect(await frame.evaluate(() => document.querySelector('gloss-explainer'))).toBeNull();
    }
    for (const frame of frames.filter((f) => f.url().endsWith('/frame.html'))) {
      const before = Number(await frame.locator('#count').textContent());
      await page.waitForTimeout(200);
      expect(Number(await frame.locator('#count').textContent())).toBeGreaterThan(before);
    }
    await expectNoTrouble(trouble, ev);
    await page.close();
  });
});

describe('right-to-left text', () => {
  it('marks an English term inside Arabic and Hebrew text, and its card opens', async () => {
    const url = server.put(
      '/rtl.html',
      // An English page quoting right-to-left text (a page in Arabic or Hebrew itself is marked nothing: Gloss's
      // knowledge is in English, and the popup says so; tests/page/language.test.ts).
      `<!doctype html><html lang="en"><body style="${STYLE}">
<p lang="ar" dir="rtl">قال الأمين العام لحلف NATO إن الحلف سيواصل دعم أوكرانيا.</p>
<p dir="rtl" lang="he">ראש הממשלה נפגש עם נציגי NATO בבריסל.</p>
<p lang="ar" dir="rtl">الحلف <bdi>Self-Defense Forces</bdi> اليابانية.</p></body></html>`,
    );
    const { page, trouble, ev } = await open(url);
    expect(await markedTexts(ev)).toEqual(['NATO', 'NATO', 'Self-Defense Forces']);
    await expectCardFor(page, 'NATO', NATO);
    await expectNoTrouble(trouble, ev);
    await page.close();
  });
});

describe('a page that overwrites built-ins before Gloss runs', () => {
  // Each override throws, and counts its calls: Gloss must never reach one (its isolated world has its own
  // built-ins), and must not need the page's CSS object (the highlight registry belongs to the document).
  const HOSTILE = `
    window.__calls = 0;
    window.__highlights = CSS.highlights;
    const trap = (name) => function () { window.__calls++; throw new Error('hostile ' + name); };
    for (const name of ['push', 'map', 'forEach', 'indexOf', 'filter', 'includes', 'slice', 'splice', 'join'])
      Array.prototype[name] = trap('Array.' + name);
    for (const name of ['appendChild', 'contains', 'insertBefore', 'removeChild', 'cloneNode'])
      Node.prototype[name] = trap('Node.' + name);
    Element.prototype.attachShadow = trap('attachShadow');
    JSON.parse = trap('JSON.parse');
    window.CSS = undefined;
    let n = 0;
    setInterval(() => { document.getElementById('count').textContent = String(++n); }, 20);`;

  it('marks terms and opens cards with the isolated world’s own built-ins; the page sees no call', async () => {
    const url = server.put(
      '/hostile-builtins.html',
      `<!doctype html><html lang="en"><head><script>${HOSTILE}</script></head><body style="${STYLE}">
<p id="count">0</p><p>NATO and the Self-Defense Forces train together.</p></body></html>`,
    );
    const { page, trouble, ev } = await open(url, true);
    expect(await markedTexts(ev)).toEqual(['NATO', 'Self-Defense Forces']);
    await expectCardFor(page, 'NATO', NATO, ev);
    expect(await ev('window.__calls')).toBe(0);
    // The traps do count: a call from the page's own world is seen.
    expect(await ev('(() => { try { [].push(1); } catch {} return window.__calls; })()')).toBe(1);
    expect(await ev('typeof window.CSS')).toBe('undefined');
    await expectPageRuns(ev);
    await expectNoTrouble(trouble, ev);
    await page.close();
  });
});

describe('a page that empties the highlight registry', () => {
  it('hovering a term still opens its card, and nothing goes wrong', async () => {
    // CSS.highlights belongs to the document, so the page can clear it: the marks stop showing, but Gloss
    // keeps its own record of the terms, so a reader who hovers one still gets the card.
    const url = server.put(
      '/highlights-cleared.html',
      `<!doctype html><html lang="en"><body style="${STYLE}"><p id="count">0</p>
<p>NATO and the Self-Defense Forces train together.</p><script>${TICK}</script></body></html>`,
    );
    const { page, trouble, ev } = await open(url);
    expect(await markedTexts(ev)).toEqual(['NATO', 'Self-Defense Forces']);
    await ev('CSS.highlights.clear()');
    expect(await markedTexts(ev)).toEqual([]);
    const point = await pointIn(ev, 'NATO');
    expect(await hoverCard(page, point!)).toBe(NATO);
    await expectPageRuns(ev);
    await expectNoTrouble(trouble, ev);
    await page.close();
  });
});

describe("a page that removes Gloss's host element", () => {
  const TERMS = `<p id="count">0</p><p>NATO and the Self-Defense Forces train together.</p>`;

  it('removed now and then: the next hover makes a new host and the card opens', async () => {
    // A tidy-up script that removes whatever it did not put under <html>, when asked.
    const url = server.put(
      '/host-removed.html',
      `<!doctype html><html lang="en"><body style="${STYLE}">${TERMS}<script>${TICK}
  window.tidy = () => { for (const el of [...document.documentElement.children])
    if (el !== document.head && el !== document.body) el.remove(); };
</script></body></html>`,
    );
    const { page, trouble, ev } = await open(url);
    await expectCardFor(page, 'NATO', NATO);
    await ev('tidy()');
    expect(await page.locator('gloss-explainer').count()).toBe(0);
    await expectCardFor(page, 'Self-Defense Forces', 'Japan Self-Defense Forces');
    expect(await page.locator('gloss-explainer').count()).toBe(1);
    await ev('tidy()');
    await expectCardFor(page, 'NATO', NATO);
    await expectPageRuns(ev);
    await expectNoTrouble(trouble, ev);
    await page.close();
  });

  it('removed the moment it appears: Gloss steps aside without a fight, marks stay, the page runs', async () => {
    const url = server.put(
      '/host-rejected.html',
      `<!doctype html><html lang="en"><body style="${STYLE}">${TERMS}<script>${TICK}
  window.removed = 0;
  new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes)
    if (n.parentNode === document.documentElement && n !== document.body && n !== document.head) {
      n.remove(); window.removed++; } }).observe(document.documentElement, { childList: true });
</script></body></html>`,
    );
    const { page, trouble, ev } = await open(url);
    for (const term of ['NATO', 'Self-Defense Forces', 'NATO']) {
      const point = await pointIn(ev, term);
      expect(await hoverCard(page, point!, 1_500)).toBeNull();
    }
    // At most two hosts per hover (one for the unseen warm-up card at the dwell's start, one for the card), and
    // none after: Gloss does not re-insert it in a loop against the page.
    const removed = (await ev('window.removed')) as number;
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(removed).toBeLessThanOrEqual(6);
    await page.waitForTimeout(500);
    expect(await ev('window.removed')).toBe(removed);
    expect(await markedTexts(ev)).toEqual(['NATO', 'Self-Defense Forces']);
    await expectPageRuns(ev);
    await expectNoTrouble(trouble, ev);
    await page.close();
  });
});
