/**
 * What the hostile-page tests read from a page: Gloss's marks, the card's
 * styling, and what went wrong (page errors, console errors, CSP
 * violations). Written without the page's Array and Node methods, which some
 * fixtures overwrite: only loops, property reads and string concatenation.
 */
import type { Page } from 'playwright-core';

/** Evaluates an expression in the page's main world and returns its value. */
export type Evaluate = (expression: string) => Promise<unknown>;

/** Playwright's evaluate: fine on pages that leave the built-ins alone. */
export const viaPlaywright =
  (page: Page): Evaluate =>
  (expression) =>
    page.evaluate(expression);

/**
 * The DevTools protocol's plain Runtime.evaluate in the main world, for pages that break the built-ins:
 * Playwright's own helpers there call the page's Array and Map methods.
 */
export async function viaDevTools(page: Page): Promise<Evaluate> {
  const session = await page.context().newCDPSession(page);
  return async (expression) => {
    const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.text}`);
    return result.value;
  };
}

/**
 * The texts Gloss marked, in document order, read from the highlight registry (shared by the page and Gloss's
 * isolated world). The highlight itself keeps the order Gloss added them in (what is in view first). Written
 * without Array methods, which some of these pages replace with traps.
 */
export function markedTexts(ev: Evaluate): Promise<string[]> {
  return ev(`(() => {
      const registry = window.__highlights || (window.CSS && CSS.highlights);
      const h = registry && registry.get('gloss-term');
      const ranges = [];
      if (h) for (const r of h) ranges[ranges.length] = r;
      // Ranges in open shadow roots: compareBoundaryPoints throws across trees; such a range counts where its
      // host is (a host's shadow content before its light-DOM children).
      const top = (n) => {
        while (n.getRootNode() !== document) n = n.getRootNode().host;
        return n;
      };
      const order = (a, b) => {
        if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) return a.compareBoundaryPoints(0, b);
        const pos = top(a.startContainer).compareDocumentPosition(top(b.startContainer));
        return pos & 16 ? -1 : pos & 8 ? 1 : pos & 4 ? -1 : 1;
      };
      for (let i = 1; i < ranges.length; i++) {
        const r = ranges[i];
        let j = i - 1;
        for (; j >= 0 && order(ranges[j], r) > 0; j--) ranges[j + 1] = ranges[j];
        ranges[j + 1] = r;
      }
      let out = '';
      for (let i = 0; i < ranges.length; i++) out += ranges[i].toString() + '\\u0000';
      return out;
    })()`).then((s) => ((s as string) === '' ? [] : (s as string).slice(0, -1).split('\u0000')));
}

/** The number of ranges in Gloss's highlight. */
export function markCount(ev: Evaluate): Promise<number> {
  return ev(`(() => {
    const registry = window.__highlights || (window.CSS && CSS.highlights);
    const h = registry && registry.get('gloss-term');
    return h ? h.size : 0;
  })()`) as Promise<number>;
}

/** Whether the open card's own style sheet applies (a page's CSP must not block it): its computed look. */
export function cardStyle(ev: Evaluate): Promise<{ host: string; card: string; radius: string } | null> {
  return ev(`(() => {
    const host = document.querySelector('gloss-explainer');
    const card = host && host.shadowRoot && host.shadowRoot.querySelector('.card');
    if (!card) return null;
    return { host: getComputedStyle(host).position, card: getComputedStyle(card).position,
      radius: getComputedStyle(card).borderTopLeftRadius };
  })()`) as Promise<{ host: string; card: string; radius: string } | null>;
}

/** Waits for Gloss's initial scan, without Playwright's helpers in the page. */
export async function scanDone(ev: Evaluate, timeout = 60_000): Promise<void> {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if ((await ev("performance.getEntriesByName('gloss:scan', 'measure').length")) === 1) return;
  }
  throw new Error('no gloss:scan measure');
}

/** The viewport point at the middle of the `nth` occurrence of `needle` in the body (scrolled into view). */
export function pointIn(ev: Evaluate, needle: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return ev(`(() => {
    const needle = ${JSON.stringify(needle)};
    let seen = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let i = node.data.indexOf(needle);
      while (i >= 0 && seen < ${nth}) { seen++; i = node.data.indexOf(needle, i + 1); }
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      // Scroll the words themselves to the middle (a huge paragraph's middle can be far from them).
      const at = range.getBoundingClientRect();
      window.scrollBy(0, at.top - innerHeight / 2);
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  })()`) as Promise<{ x: number; y: number } | null>;
}

/** Everything that went wrong on a page: uncaught errors, console errors and warnings, CSP violations. */
export interface Trouble {
  errors: string[];
  console: string[];
  violations: (ev: Evaluate) => Promise<string[]>;
}

/** Starts recording trouble on a page; call before `goto`. */
export async function watchTrouble(page: Page): Promise<Trouble> {
  const errors: string[] = [];
  const console: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.push(`${m.type()}: ${m.text()}`);
  });
  await page.addInitScript(`(() => {
    window.__violations = '';
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations += e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '') + '\\u0000';
    });
  })()`);
  return {
    errors,
    console,
    violations: async (ev) => {
      const s = (await ev('window.__violations || ""')) as string;
      return s === '' ? [] : s.slice(0, -1).split('\u0000');
    },
  };
}
