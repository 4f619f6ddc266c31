/**
 * The browser's own extension API, for the content script: `browser` in Firefox, `chrome` in Chromium. Both
 * return promises in what the content script uses (storage reads, sendMessage; MV3 in Chromium), and the content
 * script answers messages with `sendResponse`, which both support. The webextension-polyfill (about 3 KB gzipped)
 * would add nothing there, and the content script runs on every page (its budget: 40 KB gzipped), so the content
 * script's build resolves `wxt/browser` here (wxt.config.ts); the other contexts keep the polyfill.
 */
import type Browser from 'webextension-polyfill';

const api = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };
export const browser: typeof Browser = api.browser ?? api.chrome!;
