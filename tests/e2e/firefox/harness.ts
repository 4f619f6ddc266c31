/**
 * Drives the built Firefox extension (the measuring build, .output/measure/firefox-mv2) in Firefox ESR with
 * puppeteer-core over WebDriver BiDi. Puppeteer never downloads a browser: it
 * runs the system's Firefox. Fixture pages come from the Chromium harness's
 * server (tests/e2e/harness.ts), so both browsers read the same pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pointInPage, ROOT } from '../harness';

/** The release build, as shipped. */
export const FIREFOX_RELEASE_DIR = join(ROOT, '.output/firefox-mv2');
/** The measuring build the tests drive (`npm run build:measure`; GLOSS_FIREFOX_EXTENSION_DIR points elsewhere). */
export const FIREFOX_EXTENSION_DIR = resolve(
  ROOT,
  process.env.GLOSS_FIREFOX_EXTENSION_DIR ?? '.output/measure/firefox-mv2',
);
/** The add-on id the Firefox manifest declares (src/platform/browser-differences.ts). */
export const ADDON_ID = 'gloss@gloss.extension';
/** The first Firefox with the CSS Custom Highlight API, the manifest's strict_min_version. */
const MIN_FIREFOX = 140;

const INSTALL_HINT = `No Firefox found for the Firefox end-to-end tests. Install one of:
  - Debian/Ubuntu: sudo apt-get install -y firefox-esr   (gives /usr/bin/firefox-esr; bash scripts/install.sh does this)
  - or set GLOSS_FIREFOX=/path/to/firefox (version ${MIN_FIREFOX} or later)`;

/** Where the Firefox tests look for Firefox, in order. */
export const FIREFOX_CANDIDATES = [process.env.GLOSS_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** GLOSS_FIREFOX, then Debian's firefox-esr, then a system firefox; fails with an install hint or a version hint. */
export function findFirefox(candidates: (string | undefined)[] = FIREFOX_CANDIDATES): string {
  const found = candidates.find((c): c is string => typeof c === 'string' && c.length > 0 && existsSync(c));
  if (!found) throw new Error(INSTALL_HINT);
  const version = execFileSync(found, ['--version'], { encoding: 'utf8' });
  const major = Number(/(\d+)\./.exec(version)?.[1] ?? 0);
  if (major < MIN_FIREFOX) {
    throw new Error(
      `${found} is ${version.trim()}: Gloss needs Firefox ${MIN_FIREFOX}+ (the CSS Custom Highlight API).`,
    );
  }
  return found;
}

/** Fails with a hint unless `dir` holds a build; a measuring one when `measuring` (its content script names gloss:scan). */
export function requireFirefoxBuild(dir = FIREFOX_EXTENSION_DIR, measuring = dir === FIREFOX_EXTENSION_DIR): void {
  const hint = measuring ? 'npm run build:measure' : 'npm run build';
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension at ${dir}: run \`${hint}\` first.`);
  }
  const measures = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8').includes('gloss:scan');
  if (measures !== measuring) {
    throw new Error(`${dir} holds ${measures ? 'a measuring' : 'a release'} build: run \`${hint}\` first.`);
  }
}

export interface Firefox {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Launches headless Firefox with the built extension (the measuring build unless `extensionDir` says another)
 * installed as a temporary add-on; `withExtension: false` launches it without.
 */
export async function launchFirefox({
  extensionDir = FIREFOX_EXTENSION_DIR,
  withExtension = true,
} = {}): Promise<Firefox> {
  if (withExtension) requireFirefoxBuild(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: findFirefox(),
    headless: true,
    // Lets the tests run privileged script in the browser window (openExtensionPage, tabIdOf): automation may
    // not navigate to moz-extension:// pages, but the browser itself may open them, as a click in its UI does.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Offline, like the Chromium harness: everything but 127.0.0.1 (never proxied) goes to a closed port, so
      // pages' third-party requests fail at once instead of timing out.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
    },
  });
  try {
    if (!withExtension) return { browser, close: () => browser.close() };
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`installed add-on has id ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, close: () => browser.close() };
}

/** A new tab with the viewport the Chromium tests use. */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return page;
}

/** Waits for Gloss's initial scan to finish on the page and returns its gloss:scan duration in ms. */
export async function waitForScan(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(() => performance.getEntriesByName('gloss:scan', 'measure')[0]?.duration, {
    timeout,
    polling: 50,
  });
  return (await handle.jsonValue()) as number;
}

/** The number of ranges in one of Gloss's highlights on the page (0 when it is not registered). */
export function highlightSize(page: Page, name = 'gloss-term'): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

/** The viewport point at the middle of the `nth` occurrence of `text` in the page's body text. */
export function pointOf(page: Page, text: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(pointInPage, [text, nth] as const);
}

/** The title of Gloss's open card (it lives in the shadow root of <gloss-explainer> on <html>), or null. */
export function cardTitle(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const card = document.querySelector('gloss-explainer')?.shadowRoot?.querySelector('.card:not([hidden])');
    return card?.querySelector('.title')?.textContent ?? null;
  });
}

/** The card's title after hovering a point, or null if no card opens within `wait` ms. */
export async function hoverCard(page: Page, point: { x: number; y: number }, wait = 5_000): Promise<string | null> {
  // Leave first, so the previous card closes and a new dwell starts.
  await page.mouse.move(1, 1);
  await page
    .waitForFunction(() => !document.querySelector('gloss-explainer')?.shadowRoot?.querySelector('[role="tooltip"]'), {
      timeout: 5_000,
      polling: 50,
    })
    .catch(() => {});
  await page.mouse.move(point.x, point.y, { steps: 2 });
  try {
    await page.waitForFunction(
      () => {
        const tip = document
          .querySelector('gloss-explainer')
          ?.shadowRoot?.querySelector('[role="tooltip"]:not([hidden])');
        return tip?.querySelector('.title')?.textContent || null;
      },
      { timeout: wait, polling: 50 },
    );
  } catch {
    return null;
  }
  return cardTitle(page);
}

/** Runs privileged script in the browser window (needs --remote-allow-system-access) and returns its value. */
async function inBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window to open the extension page from');
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
  });
  if (result.type !== 'success') throw new Error(`browser-window script failed: ${JSON.stringify(result)}`);
  return result.result.value as T;
}

interface BidiConnection {
  send(
    method: 'browsingContext.getTree',
    params: object,
  ): Promise<{ result: { contexts: { context: string; url: string }[] } }>;
  send(method: 'script.evaluate', params: object): Promise<{ result: { type: string; result: { value?: unknown } } }>;
}

/** The extension's tab id for the tab showing `url` (what the popup's ?tab= takes). */
export function tabIdOf(browser: Browser, url: string): Promise<number> {
  return inBrowserWindow<number>(
    browser,
    `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
      if (!tab) throw new Error('no tab shows ' + ${JSON.stringify(url)});
      return ExtensionParent.apiManager.global.tabTracker.getId(tab);
    })()`,
  );
}

/**
 * Opens one of the extension's own pages (popup.html, options.html, with a query) in a new tab and returns it.
 * WebDriver may not navigate to moz-extension:// URLs, so the browser window opens the tab, as its toolbar button
 * or the add-ons manager would; the release build needs nothing for this.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const url = await inBrowserWindow<string>(
    browser,
    `(() => {
      const url = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).getURL(${JSON.stringify(path)});
      const principal = Services.scriptSecurityManager.getSystemPrincipal();
      gBrowser.selectedTab = gBrowser.addTab(url, { triggeringPrincipal: principal });
      return url;
    })()`,
  );
  return findPage(browser, url);
}

/** The tab showing `url`, found by asking each page (puppeteer's own record of a tab's URL can lag behind). */
export async function findPage(browser: Browser, url: string, timeout = 15_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => null);
      if (href === url && (await page.evaluate(() => document.readyState).catch(() => null)) === 'complete') {
        return page;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab showed ${url} within ${timeout} ms`);
}
