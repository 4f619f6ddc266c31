/**
 * What a page can observe of itself, for the release build's silence tests (tests/e2e/silence.test.ts and
 * tests/e2e/firefox/silence.test.ts): its performance timeline, its window's keys, and its DOM outside
 * Gloss's host element. The console is watched by each browser's driver.
 */

/** The corpus pages the silence tests load: pages without scripts, and pages with many. */
export const SILENT_PAGES = [
  'mercury-nytimes-haley-un',
  'mercury-politico-imf-outlook',
  'aeb-guardian-hong-kong',
  'rdb-nytimes-us-debt',
];

/**
 * The browser's own console lines about the offline harness refusing third-party requests: how many arrive
 * before the comparison depends on timing, not on Gloss (Gloss makes no request: tests/e2e/privacy.test.ts).
 */
export const isRefusedRequest = (line: string): boolean => line.startsWith('error: Failed to load resource: net::');

export interface PageView {
  /** The distinct `${entryType} ${name}` of the page's performance timeline, sorted; frame timings left out. */
  entries: string[];
  /** Anything in the timeline (frame timings' script attributions included) naming an extension's URL. */
  extensionUrls: string[];
  windowKeys: string[];
  dom: string;
}

/** Runs in the page (plain DOM, so both drivers can send it; self-contained): what the page can see of itself. */
export function pageView(hostTag: string): PageView {
  // Entries the browser writes about the page's frames, whoever ran in them: their number follows the load on
  // the machine (it varies from one load to the next without Gloss), so they are left out of the comparison of
  // names. What they say is still checked: no entry may name the extension (`extensionUrls`).
  const frameTiming = new Set(['long-animation-frame', 'longtask']);
  const clone = document.documentElement.cloneNode(true) as Element;
  // A page's scripts may add an element as soon as <body> exists (a consent frame, say): where it lands among
  // the children depends on how far the parser has got, which follows the machine's load, not Gloss. Each
  // element's children are therefore compared as a sorted list; a node, attribute or text Gloss added, removed
  // or changed still changes the result.
  const canonical = (node: Node): string => {
    if (!(node instanceof Element)) return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
    const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).toSorted();
    const children = [...node.childNodes]
      .map(canonical)
      .filter((c) => c !== '')
      .toSorted();
    return `<${node.localName} ${attributes.join(' ')}>${children.join('')}</${node.localName}>`;
  };
  for (const host of clone.querySelectorAll(hostTag)) host.remove();
  const all = performance.getEntries();
  return {
    // Each name once: the browser fetches some of a page's resources (its web app manifest) once or twice.
    entries: [
      ...new Set(all.filter((e) => !frameTiming.has(e.entryType)).map((e) => `${e.entryType} ${e.name}`)),
    ].toSorted(),
    extensionUrls: all.map((e) => JSON.stringify(e)).filter((json) => /(chrome|moz)-extension:\/\//.test(json)),
    windowKeys: Object.keys(window).toSorted(),
    dom: canonical(clone),
  };
}

/**
 * Runs in the page: resolves once the number of ranges in Gloss's highlight has not changed for `quietMs`
 * (Gloss marks the rest of the page in idle time), with that number (0 without Gloss).
 */
export function settledMarks(quietMs: number): Promise<number> {
  return new Promise((resolve) => {
    let last = -1;
    let since = performance.now();
    const poll = () => {
      const size = CSS.highlights.get('gloss-term')?.size ?? 0;
      if (size !== last) {
        last = size;
        since = performance.now();
      }
      if (performance.now() - since >= quietMs) resolve(size);
      else setTimeout(poll, 100);
    };
    poll();
  });
}

/**
 * Runs in the page: scrolls Gloss's first mark (or, given a `word`, its first mark of that word in any case) into
 * view and returns the viewport point at its middle, or null.
 */
export function firstMarkPoint(word: string | null): { x: number; y: number } | null {
  const ranges = [...(CSS.highlights.get('gloss-term') ?? [])] as Range[];
  const range = word === null ? ranges[0] : ranges.find((r) => r.toString().toLowerCase() === word);
  if (!range) return null;
  range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Where two serialisations part, with a little context, for a failure message a reader can act on. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `with Gloss …${a.slice(Math.max(0, i - 80), i + 120)}… without …${b.slice(Math.max(0, i - 80), i + 120)}…`;
}
