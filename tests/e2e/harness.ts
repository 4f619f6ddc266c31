/**
 * Drives the built extension in real Chromium: finds a browser, serves
 * fixture pages on 127.0.0.1, and blocks every other request (the pages'
 * own third-party scripts and images would only time out offline).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The release build, as shipped: it records nothing a page can see (tests/e2e/silence.test.ts). */
export const RELEASE_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/**
 * The build the tests and the benchmark drive: the measuring build (`npm run build:measure`), whose gloss:scan
 * measure tells when the scan is done. GLOSS_EXTENSION_DIR points elsewhere (`.output/chrome-mv3` after
 * `GLOSS_MEASURE=1 npm run build:chrome`, say).
 */
export const EXTENSION_DIR = resolve(ROOT, process.env.GLOSS_EXTENSION_DIR ?? '.output/measure/chrome-mv3');
export const SHARED = resolve(ROOT, '../shared');

const INSTALL_HINT = `No Chromium found for the end-to-end tests. Install one of:
  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)
  - or set GLOSS_CHROMIUM=/path/to/chromium-or-chrome
  - or Playwright's own build: npx playwright install chromium`;

/** GLOSS_CHROMIUM, then the system's chromium, then Playwright's own browsers. */
export function findChromium(): string {
  const candidates = [
    process.env.GLOSS_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  const found = candidates.find((c): c is string => typeof c === 'string' && c.length > 0 && existsSync(c));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** Fails with a hint unless `dir` holds a build; a measuring one when `measuring` (its content script names gloss:scan). */
export function requireBuild(dir = EXTENSION_DIR, measuring = dir === EXTENSION_DIR): void {
  const hint = measuring ? 'npm run build:measure' : 'npm run build';
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension at ${dir}: run \`${hint}\` first.`);
  const measures = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8').includes('gloss:scan');
  if (measures !== measuring) {
    throw new Error(`${dir} holds ${measures ? 'a measuring' : 'a release'} build: run \`${hint}\` first.`);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
};

export interface FixtureServer {
  origin: string;
  /** Serve `html` at `path` (for pages made inside a test), with extra response headers if given (a CSP, say). */
  put(path: string, html: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

/** Serves files: /demo/... from demo/, /corpus/... from ../shared/corpus/, and pages put by tests. */
export async function startServer(): Promise<FixtureServer> {
  const extra = new Map<string, { html: string; headers: Record<string, string> }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (path.startsWith('/demo/')) file = join(ROOT, path);
    else if (path.startsWith('/corpus/')) file = join(SHARED, path);
    const put = extra.get(path);
    const body = put?.html ?? (file && !file.includes('..') && existsSync(file) ? readFileSync(file) : null);
    if (body === null) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'], ...put?.headers }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    put(path, html, headers = {}) {
      extra.set(path, { html, headers });
      return origin + path;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string | null;
  close(): Promise<void>;
}

/**
 * Launches Chromium, with the built extension (the measuring build unless `extensionDir` says another) unless
 * `withExtension` is false; `args` adds command-line flags.
 */
export async function launch({
  withExtension = true,
  extensionDir = EXTENSION_DIR,
  colorScheme = 'light' as 'light' | 'dark',
  args: extraArgs = [] as string[],
  /** A phone or a zoomed window: the viewport in CSS px, and touch (see tests/e2e/touch.test.ts). */
  viewport = { width: 1280, height: 900 },
  device = {} as { hasTouch?: boolean; isMobile?: boolean; deviceScaleFactor?: number },
} = {}): Promise<Browser> {
  if (withExtension) requireBuild(extensionDir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'gloss-e2e-'));
  const args = [
    // The closed network here refuses Chromium's background connections; don't make them.
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-gpu',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  args.push(...extraArgs);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args,
    colorScheme,
    viewport,
    ...device,
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1') || url.startsWith('chrome-extension://')) return route.continue();
    return route.abort('blockedbyclient');
  });
  let extensionId: string | null = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits for Gloss's initial scan to finish on the page and returns its gloss:scan duration in ms. */
export async function waitForScan(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('gloss:scan', 'measure')[0]?.duration,
    undefined,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Runs in the page: scrolls the `n`th occurrence of `needle` in the body's text into view and returns the viewport
 * point at its middle. Plain DOM, so the Firefox harness runs the same function.
 */
export function pointInPage([needle, n]: readonly [string, number]): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let i = data.indexOf(needle); i >= 0; i = data.indexOf(needle, i + 1)) {
      if (seen++ < n) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/**
 * Runs in the page: selects the first occurrence of `text` in the body's text, as a reader would with the mouse,
 * and scrolls it into view. Plain DOM, so the Firefox harness runs the same function.
 */
export function selectInPage(text: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    return;
  }
  throw new Error(`"${text}" is not on the page`);
}

/**
 * Runs in the page before its scripts (an init script): keeps the body's markup as the page built it, at
 * DOMContentLoaded, before Gloss's content script (document_idle) runs, as `window.__bodyBefore`.
 */
export function snapshotBodyBeforeGloss(): void {
  document.addEventListener('DOMContentLoaded', () => {
    (window as unknown as { __bodyBefore: string }).__bodyBefore = document.body.innerHTML;
  });
}

/** The viewport point at the middle of the `nth` occurrence of `text` in the page's body text. */
export async function pointOf(page: Page, text: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(pointInPage, [text, nth] as const);
}

/** The card's title after hovering a point, or null if no card opens within `wait` ms. */
export async function hoverCard(page: Page, point: { x: number; y: number }, wait = 5_000): Promise<string | null> {
  // Leave first, so the previous card closes and a new dwell starts.
  await page.mouse.move(1, 1);
  await page
    .locator('gloss-explainer [role="tooltip"]')
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => {});
  await page.mouse.move(point.x, point.y, { steps: 2 });
  const card = page.locator('gloss-explainer [role="tooltip"]:not([hidden])');
  try {
    await card.waitFor({ state: 'visible', timeout: wait });
  } catch {
    return null;
  }
  return card.locator('.title').textContent();
}
