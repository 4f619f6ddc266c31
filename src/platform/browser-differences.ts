/**
 * Every place where Chromium and Firefox differ for Gloss, in one module, each
 * with the browser versions that need it. Touches neither the DOM's globals nor
 * `browser`: DOM code passes its document, extension code passes the API it
 * uses, so any layer can import this.
 *
 * Checked on Chromium 156 and Firefox ESR 153 (tests/e2e and tests/e2e/firefox).
 *
 * Differences that need no code, so nobody adds some:
 * - Manifest: WXT writes MV3 (`action`) for Chrome and MV2 (`browser_action`, background `scripts`) for
 *   Firefox. The Firefox-only keys are FIREFOX_MANIFEST_SETTINGS below. Gloss's code never calls
 *   `browser.action`/`browser.browserAction`; the popup is declared, not opened from code.
 * - Context menus: Firefox 55+ keeps `contextMenus` as an alias of `menus`, so the same permission and
 *   `browser.contextMenus` calls work in both. Only *when* the item is created differs: menuNeedsCreatingAtStartup.
 * - Commands: the same `commands` manifest key and `Alt+Shift+<letter>` keys are valid in Chrome and in
 *   Firefox (MV2 since 48); `web-ext lint` checks the Firefox side in CI.
 * - Storage: Gloss keeps everything in `storage.local`, the same in both. `storage.session` exists in
 *   Chrome 102+ and Firefox 115+ (MV2 too); `storage.sync` works in Firefox only with an explicit add-on id,
 *   which FIREFOX_MANIFEST_SETTINGS sets.
 * - Highlight styling: inside `::highlight()` only some properties apply, and engines differ on which. Every
 *   look src/page/highlight.css defines uses only text-decoration-* (underlines), background-color and color,
 *   which Chromium 105+ paints and Firefox paints too: checked on Firefox ESR 153 for each look by
 *   tests/e2e/firefox/highlight.test.ts (pixels with and without the highlight); Firefox 140–152 not checked here.
 *   Firefox before 140 has no Highlight API at all: `strict_min_version` keeps the add-on off it, and
 *   highlightApiAvailable() (src/page/page-terms.ts) makes the content script step aside wherever it is missing.
 */

/** The Firefox-only manifest keys (wxt.config.ts adds them to the Firefox build). */
export const FIREFOX_MANIFEST_SETTINGS = {
  gecko: {
    id: 'gloss@gloss.extension',
    // The CSS Custom Highlight API, which marks terms without touching the page's DOM, ships in Firefox 140.
    strict_min_version: '140.0',
    // Firefox 140+ asks add-ons to declare what they collect: Gloss collects nothing.
    data_collection_permissions: { required: ['none'] },
  },
  // Firefox for Android reads the data-collection declaration from 142 on.
  gecko_android: { strict_min_version: '142.0' },
};

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The caret position at (x, y) in the document's own tree.
 *
 * - `caretPositionFromPoint` is the standard: Firefox since 20, Chrome since 128.
 * - `caretRangeFromPoint` is WebKit's: Chrome before 128 has only this one (Firefox never had it).
 * - Shadow trees: called without the `shadowRoots` option, Chrome 128+ and Firefox ESR 153 (both checked)
 *   retarget a point over a shadow tree to its host. Older engines did not all do so, so a caret inside any
 *   shadow tree is treated as no caret here: the result is the same in every version. Text in open shadow roots
 *   is hit-tested on purpose, root by root, by src/tooltip/hit-test.ts.
 */
export function caretPositionAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDocument;
  let caret: CaretPoint | null = null;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    caret = p ? { node: p.offsetNode, offset: p.offset } : null;
  } else if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    caret = r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return caret !== null && caret.node.getRootNode() === doc ? caret : null;
}

/** Which browser this build is for: WXT sets `import.meta.env.FIREFOX` at build time (and in vitest). */
export function isFirefoxBuild(): boolean {
  return import.meta.env.FIREFOX === true;
}

/**
 * Whether a context-menu item must be created every time the background starts, rather than once on install.
 *
 * Chrome (MV3) keeps menu items across browser restarts and refuses a second item with the same id; so Chrome
 * creates it in `runtime.onInstalled`. Firefox (every version up to 153, checked against MDN's menus.create) never
 * keeps the items of a persistent MV2 background page, which WXT builds for Firefox, and fires no onInstalled on
 * an ordinary start: created only on install, the item would be gone after the first restart.
 */
export function menuNeedsCreatingAtStartup(firefox = isFirefoxBuild()): boolean {
  return firefox;
}

/** The part of the extension API registerContextMenu uses (passed in, so this module never imports `browser`). */
export interface MenuApi {
  runtime: { onInstalled: { addListener(listener: () => void): void } };
  contextMenus: { create(properties: { id: string; title: string; contexts: ['selection'] }): unknown };
}

/** Creates a selection context-menu item when each browser needs it (see menuNeedsCreatingAtStartup). */
export function registerContextMenu(
  api: MenuApi,
  item: { id: string; title: string; contexts: ['selection'] },
  firefox = isFirefoxBuild(),
): void {
  if (menuNeedsCreatingAtStartup(firefox)) api.contextMenus.create(item);
  else api.runtime.onInstalled.addListener(() => void api.contextMenus.create(item));
}
