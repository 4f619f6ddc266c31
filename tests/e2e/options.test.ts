/**
 * The options page, in Chromium with the built extension: each setting,
 * changed through the page itself, reaches an open article without a reload;
 * own entries are marked, explained and found; imports of bad files are
 * refused and change nothing; export then import changes nothing; the page
 * is labelled, keyboard-operable and reads at 200% zoom and in dark mode.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults';
import {
  type Browser,
  type FixtureServer,
  hoverCard,
  launch,
  pointOf,
  ROOT,
  startServer,
  waitForScan,
} from './harness';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: {
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const SEED = '/demo/japan-ukraine-security-guarantees.html';
const ARTIFACTS = join(ROOT, 'artifacts');
let server: FixtureServer;
let browser: Browser;
let worker: Worker;
let article: Page;
let options: Page;

/** Every range Gloss paints, by highlight name (the name says the look). */
const highlights = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('gloss-term')) out[name] = [...h].map((r) => (r as Range).toString());
    });
    return out;
  });
const markedTexts = async (page: Page) => Object.values(await highlights(page)).flat();
/**
 * The marks once they stop changing: a setting's change re-marks the page in slices, so a read in between (after
 * the previous test's change, on a loaded machine) sees only part of them.
 */
async function settledMarks(page: Page): Promise<string[]> {
  let last = await markedTexts(page);
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(300);
    const now = await markedTexts(page);
    if (now.length === last.length) return now;
    last = now;
  }
  return last;
}
const storedAll = () => worker.evaluate(() => chrome.storage.local.get(null));
const storedSettings = async () => (await storedAll()).settings as typeof DEFAULT_SETTINGS | undefined;

async function openOptions(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Gloss options' }).waitFor();
  return page;
}

/** How many times `text` is among the marked texts. */
const count = (list: string[], text: string) => list.filter((t) => t === text).length;

async function addEntry(fields: { title: string; aliases: string; summary: string; link?: string }) {
  await options.getByRole('button', { name: 'Add an entry' }).click();
  await options.getByLabel('Title').fill(fields.title);
  await options.getByLabel(/Words to mark/).fill(fields.aliases);
  await options.getByLabel(/^Summary/).fill(fields.summary);
  if (fields.link) await options.getByLabel(/^Link/).fill(fields.link);
  await options.getByRole('button', { name: 'Save' }).click();
}

const importFile = async (name: string, content: string | Buffer) => {
  await options
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
};

/** A backup file with the defaults, changed by `over`. */
const good = (over: object) =>
  JSON.stringify({ format: 'gloss-backup', version: 2, settings: DEFAULT_SETTINGS, ownEntries: [], ...over });

const ownEntry = {
  id: 'own-quad',
  title: 'Quad',
  category: 'organisation',
  aliases: [{ text: 'Quad' }],
  summary: 'A security forum.',
  updated: '2026-11-22',
};

/** Polls the article until `check` holds (a change reaches it through storage, asynchronously). */
const onArticle = <T>(read: (page: Page) => Promise<T>) => expect.poll(() => read(article), { timeout: 5_000 });

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  worker = browser.context.serviceWorkers()[0];
  article = await browser.context.newPage();
  await article.goto(server.origin + SEED);
  await waitForScan(article);
  options = await openOptions();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  // Every test starts from the defaults and no own entries (the alias table stays: the background owns it).
  await worker.evaluate(async (defaults) => {
    await chrome.storage.local.remove(['settingsRejected', 'ownEntriesRejected']);
    await chrome.storage.local.set({ settings: defaults, ownEntries: [] });
  }, DEFAULT_SETTINGS);
  await onArticle(async (p) => Object.keys(await highlights(p))).toEqual(['gloss-term']);
  await options.reload();
  await options.getByRole('heading', { name: 'Gloss options' }).waitFor();
});

describe('settings reach an open tab without a reload', () => {
  it('the look: soft background, high contrast, and not marked (still explained on hover), in every tab', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${server.origin}/demo/japan-nato-ukraine.html`);
    await waitForScan(other);
    const before = await markedTexts(article);
    expect(before.length).toBeGreaterThan(10);
    await options.getByRole('radio', { name: 'Soft background' }).check();
    await onArticle(async (p) => Object.keys(await highlights(p))).toEqual(['gloss-term-background-blue']);
    await expect.poll(async () => Object.keys(await highlights(other))).toEqual(['gloss-term-background-blue']);
    await other.close();
    // The options page's sample is painted the same way.
    expect(await options.evaluate(() => CSS.highlights.get('gloss-term-background-blue')?.size)).toBe(2);
    await options.getByRole('radio', { name: /High contrast/ }).check();
    await onArticle(async (p) => Object.keys(await highlights(p))).toEqual(['gloss-term-background-contrast']);
    // The same ranges, repainted: nothing was rescanned.
    expect((await markedTexts(article)).toSorted()).toEqual(before.toSorted());
    await article.screenshot({ path: join(ARTIFACTS, 'options-look-contrast.png') });

    await options.getByRole('radio', { name: /Not marked/ }).check();
    await onArticle(async (p) => Object.keys(await highlights(p))).toEqual(['gloss-term-none']);
    const point = await pointOf(article, 'Annalena Baerbock');
    expect(await hoverCard(article, point!)).toBe('Annalena Baerbock');
  });

  it('a category turned off removes its marks; on again brings them back', async () => {
    expect(await markedTexts(article)).toEqual(expect.arrayContaining(['Kyiv', 'Annalena Baerbock']));
    await options.getByRole('checkbox', { name: 'Place', exact: true }).uncheck();
    await onArticle(markedTexts).not.toContain('Kyiv');
    expect(await markedTexts(article)).toContain('Annalena Baerbock');
    await options.getByRole('checkbox', { name: 'Place', exact: true }).check();
    await onArticle(markedTexts).toContain('Kyiv');
  });

  it('first mention only (the default) leaves one mark per term; "every mention" marks the rest', async () => {
    const first = await settledMarks(article);
    expect(count(first, 'Kishida') + count(first, 'Fumio Kishida')).toBe(1);
    await options.getByRole('checkbox', { name: /first mention/ }).uncheck();
    await onArticle(async (p) => {
      const every = await markedTexts(p);
      return count(every, 'Kishida') + count(every, 'Fumio Kishida');
    }).toBeGreaterThan(1);
    expect((await markedTexts(article)).length).toBeGreaterThan(first.length);
    // Without the tabs permission, tab URLs are hidden: the article is found as the active tab.
    const glossary = async () => {
      await article.bringToFront();
      return (await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab.id!, { type: 'listPageTerms' });
      })) as { terms: { id: string; count: number }[] };
    };
    const everyTerms = (await glossary()).terms;
    await options.getByRole('checkbox', { name: /first mention/ }).check();
    await onArticle(async (p) => (await markedTexts(p)).length).toBe(first.length);
    // The glossary counts every mention either way.
    await expect.poll(async () => (await glossary()).terms, { timeout: 5_000 }).toEqual(everyTerms);
    expect(everyTerms.length).toBeGreaterThan(10);
    expect(everyTerms.some((t) => t.count > 1)).toBe(true);
  });

  it('a site turned off has no marks; "only on these sites" marks just the listed ones', async () => {
    const site = new URL(server.origin).host;
    await options.getByLabel('Add a site').fill(`${server.origin}/some/page`);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(async () => (await storedSettings())?.disabledSites).toEqual([site]);
    await onArticle(markedTexts).toEqual([]);
    await options.getByRole('button', { name: `Remove ${site}` }).click();
    await onArticle(async (p) => (await markedTexts(p)).length).toBeGreaterThan(10);

    await options.getByRole('radio', { name: 'Only on the sites listed' }).check();
    await onArticle(markedTexts).toEqual([]);
    await options.getByLabel('Add a site').fill(site);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await onArticle(async (p) => (await markedTexts(p)).length).toBeGreaterThan(10);
  });

  it('refuses a site that is not one, next to the field', async () => {
    await options.getByLabel('Add a site').fill('not a site!');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/is not a site: must be a host name/);
    expect((await storedSettings())?.disabledSites).toEqual([]);
  });

  it('a click trigger: hovering opens nothing, clicking opens the card', async () => {
    await options.getByRole('radio', { name: 'Clicking a term' }).check();
    await expect.poll(async () => (await storedSettings())?.trigger).toBe('click');
    const point = (await pointOf(article, 'Annalena Baerbock'))!;
    expect(await hoverCard(article, point, 1_000)).toBeNull();
    await article.mouse.click(point.x, point.y);
    await expect
      .poll(() => article.locator('gloss-explainer .card:not([hidden]) .title').textContent())
      .toBe('Annalena Baerbock');
    await article.keyboard.press('Escape');
  });

  it('a modifier trigger: the card opens only while the key is held', async () => {
    await options.getByRole('radio', { name: /holding a key/ }).check();
    await options.getByLabel('Key to hold').selectOption('Shift');
    await expect.poll(async () => (await storedSettings())?.modifier).toBe('Shift');
    const point = (await pointOf(article, 'Annalena Baerbock'))!;
    expect(await hoverCard(article, point, 1_000)).toBeNull();
    await article.keyboard.down('Shift');
    await article.mouse.move(point.x + 1, point.y);
    await expect
      .poll(() => article.locator('gloss-explainer [role="tooltip"]:not([hidden]) .title').textContent())
      .toBe('Annalena Baerbock');
    await article.keyboard.up('Shift');
  });

  it('the card’s theme and text size', async () => {
    await options.getByRole('radio', { name: 'Dark', exact: true }).check();
    await options.getByLabel('Text size').selectOption('larger');
    await expect.poll(async () => (await storedSettings())?.cardFontSize).toBe('larger');
    const point = (await pointOf(article, 'Annalena Baerbock'))!;
    expect(await hoverCard(article, point)).toBe('Annalena Baerbock');
    const card = article.locator('gloss-explainer [role="tooltip"]:not([hidden])');
    expect(await card.getAttribute('data-theme')).toBe('dark');
    expect(await card.evaluate((el) => getComputedStyle(el).fontSize)).toBe('19px');
    expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 34, 39)');
    await article.screenshot({ path: join(ARTIFACTS, 'options-card-dark-larger.png') });
  });
});

describe('"I know this one"', () => {
  it('on a card unmarks the entry everywhere; the options page can mark it again', async () => {
    const point = (await pointOf(article, 'Annalena Baerbock'))!;
    expect(await hoverCard(article, point)).toBe('Annalena Baerbock');
    await article.locator('gloss-explainer').getByRole('button', { name: 'I know this one' }).click();
    await onArticle(markedTexts).not.toContain('Annalena Baerbock');
    const again = options.getByRole('button', { name: 'Mark Annalena Baerbock again' });
    await again.waitFor();
    await again.click();
    await onArticle(markedTexts).toContain('Annalena Baerbock');
  });
});

describe('own entries', () => {
  it('is marked on the open page, explained by its card, and found by search', async () => {
    expect(await markedTexts(article)).not.toContain('legal framework');
    await addEntry({
      title: 'Legal framework',
      aliases: 'legal framework',
      summary: 'The laws that say what a government may do.',
      link: 'https://example.org/law',
    });
    await options.getByText('Saved “Legal framework”').waitFor();
    await onArticle(markedTexts).toContain('legal framework');
    const point = (await pointOf(article, 'legal framework'))!;
    expect(await hoverCard(article, point)).toBe('Legal framework');
    const card = article.locator('gloss-explainer [role="tooltip"]:not([hidden])');
    expect(await card.locator('.footer').textContent()).toMatch(
      /Link: example\.org.*Your entry, saved \d{4}-\d\d-\d\d\./,
    );

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('combobox').pressSequentially('legal frame');
    await expect
      .poll(() => popup.getByRole('option').first().locator('.row-title').textContent())
      .toBe('Legal framework');
    await popup.close();
    // Selection lookup (the background's search) finds it too.
    const lookup = (await options.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        type: 'lookup',
        query: 'legal framework',
      }),
    )) as { hits: { id: string }[] };
    expect(lookup.hits[0]?.id).toBe('own-legal-framework');
  });

  it('replaces a bundled entry for the same alias, and says so', async () => {
    await options.getByRole('button', { name: 'Add an entry' }).click();
    await options.getByLabel(/Words to mark/).fill('SDF');
    await expect
      .poll(() => options.getByText(/your entry takes over/).textContent())
      .toMatch(/^On pages, your entry takes over “SDF” \(Gloss’s “[^”]+”, “[^”]+”\)\.$/);
    const takeover = await options.getByText(/your entry takes over/).textContent();
    expect(takeover).toContain('“Japan Self-Defense Forces”');
    expect(takeover).toContain('“Syrian Democratic Forces”');
    await options.getByLabel('Title').fill('SDF (my notes)');
    await options.getByLabel(/^Summary/).fill('My own note on the SDF.');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved “SDF (my notes)”').waitFor();
    const point = (await pointOf(article, 'SDF'))!;
    await expect.poll(() => hoverCard(article, point), { timeout: 10_000 }).toBe('SDF (my notes)');
    // The bundled entry keeps its other aliases.
    expect(await hoverCard(article, (await pointOf(article, 'Self-Defense Forces'))!)).toBe(
      'Japan Self-Defense Forces',
    );
  });

  it('shows each problem next to its field, and stores nothing', async () => {
    await options.getByRole('button', { name: 'Add an entry' }).click();
    await options.getByLabel('Title').fill('Bad <b>entry</b>');
    await options.getByLabel(/^Link/).fill('javascript:alert(1)');
    await options.getByRole('button', { name: 'Save' }).click();
    const title = options.getByLabel('Title');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    const described = async (label: string | RegExp) => {
      const id = await options.getByLabel(label).getAttribute('aria-describedby');
      return id ? options.locator(`[id="${id}"]`).textContent() : null;
    };
    expect(await described('Title')).toMatch(/plain text/);
    expect(await described(/Words to mark/)).toMatch(/at least one alias/);
    expect(await described(/^Summary/)).toMatch(/must not be empty/i);
    expect(await described(/^Link/)).toMatch(/https:\/\//);
    expect((await storedAll()).ownEntries).toEqual([]);
  });

  it('edits and deletes', async () => {
    await addEntry({ title: 'Legal framework', aliases: 'legal framework', summary: 'First version.' });
    await onArticle(markedTexts).toContain('legal framework');
    await options.getByRole('button', { name: 'Edit Legal framework' }).click();
    await options.getByLabel(/^Summary/).fill('Second version.');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => ((await storedAll()).ownEntries as { summary: string }[])[0]?.summary)
      .toBe('Second version.');
    await options.getByRole('button', { name: 'Delete Legal framework' }).click();
    await options.getByRole('button', { name: 'Delete “Legal framework”?' }).click();
    await onArticle(markedTexts).not.toContain('legal framework');
  });
});

describe('import and export', () => {
  it.each([
    ['invalid JSON', '{"format": "gloss-backup", ', /not valid JSON/],
    ['wrong types', good({ settings: { ...DEFAULT_SETTINGS, paused: 'yes' } }), /settings\.paused: /],
    [
      'unknown fields',
      good({ settings: { ...DEFAULT_SETTINGS, colour: 'red' } }),
      /settings: Unrecognized key: "colour"/,
    ],
    ['10 MB of data', Buffer.alloc(10 * 1024 * 1024, 0x20), /10\.0 MB; a Gloss backup is at most 2 MB/],
    [
      'markup in a field',
      good({ ownEntries: [{ ...ownEntry, summary: '<script>alert(1)</script>' }] }),
      /ownEntries\.0\.summary: must be plain text/,
    ],
    [
      'a javascript: link',
      good({ ownEntries: [{ ...ownEntry, link: 'javascript:alert(1)' }] }),
      /ownEntries\.0\.link: must be a web address/,
    ],
  ])('refuses %s with a clear message, and changes nothing', async (_, content, message) => {
    await worker.evaluate(() => chrome.storage.local.set({ settings: { paused: false, disabledSites: ['keep.me'] } }));
    const before = await storedAll();
    await importFile('backup.json', content);
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/was not imported; nothing was changed/);
    expect(await alert.textContent()).toMatch(message);
    expect(await storedAll()).toEqual(before);
  });

  it('export, then import of the same file, changes nothing', async () => {
    await worker.evaluate(
      ([defaults, entry]) =>
        chrome.storage.local.set({
          settings: { ...defaults, markStyle: 'background', hiddenEntries: ['nato'], dwellMs: 400 },
          settings$: { v: 2 },
          ownEntries: [entry],
          ownEntries$: { v: 1 },
        }),
      [DEFAULT_SETTINGS, ownEntry] as const,
    );
    await options.reload();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export to a file' }).click();
    const path = await (await download).path();
    const exported = readFileSync(path, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'gloss-backup', ownEntries: [ownEntry] });
    const before = await storedAll();
    await importFile('gloss-backup.json', exported);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported. Open pages use it now.').waitFor();
    expect(await storedAll()).toEqual(before);
  });

  it('an import replaces settings and own entries, and the open page follows', async () => {
    await importFile(
      'b.json',
      good({
        settings: { ...DEFAULT_SETTINGS, markStyle: 'background' },
        ownEntries: [{ ...ownEntry, aliases: [{ text: 'legal framework' }] }],
      }),
    );
    await options.getByText(/has your settings and 1 own entry/).waitFor();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await onArticle(async (p) => Object.keys(await highlights(p))).toEqual(['gloss-term-background-blue']);
    await onArticle(markedTexts).toContain('legal framework');
    expect((await storedSettings())?.markStyle).toBe('background');
  });
});

describe('storage faults', () => {
  it('the browser’s storage quota running out during an import: a clear message, and nothing changed', async () => {
    // storage.local holds 10 MB without the unlimitedStorage permission (which Gloss does not ask for): fill most
    // of it, then import a valid backup too big for what is left.
    await worker.evaluate(() => chrome.storage.local.set({ filler: 'x'.repeat(9_600_000) }));
    const before = await storedAll();
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      ...ownEntry,
      id: `own-entry-${i}`,
      title: `Entry ${i}`,
      aliases: [{ text: `Entry ${i}` }],
      details: 'A long text. '.repeat(90),
    }));
    await importFile('big.json', good({ ownEntries: entries }));
    await options.getByText(/has your settings and 1000 own entries/).waitFor();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toMatch(/could not store the import \(the browser’s storage for Gloss is full\)\. Nothing was changed\./);
    expect(await storedAll()).toEqual(before);
    await worker.evaluate(() => chrome.storage.local.remove(['filler']));
  });
});

describe('stored values that cannot be read', () => {
  it('the page says what happened, works with the defaults, and offers the kept value', async () => {
    await worker.evaluate(() => chrome.storage.local.set({ settings: { paused: 'sometimes', marking: 7 } }));
    await options.reload();
    await expect
      .poll(() => options.getByRole('alert').first().textContent())
      .toMatch(/could not read your stored settings .*kept/);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download the unreadable stored values' }).click();
    expect(JSON.parse(readFileSync(await (await download).path(), 'utf8'))).toEqual({
      settings: { paused: 'sometimes', marking: 7 },
    });
    // A change stores valid settings; the unreadable value stays downloadable.
    await options.getByRole('checkbox', { name: 'Pause Gloss everywhere' }).check();
    await expect.poll(async () => (await storedAll()).settingsRejected).toEqual({ paused: 'sometimes', marking: 7 });
    await options.getByRole('button', { name: 'Download the unreadable stored values' }).waitFor();
    await options.getByRole('button', { name: 'Discard the kept value' }).click();
    await expect.poll(async () => (await storedAll()).settingsRejected).toBeUndefined();
    // The page follows the storage change a moment later.
    await expect
      .poll(() => options.getByRole('button', { name: 'Download the unreadable stored values' }).count())
      .toBe(0);
  });
});

describe('two options pages at once', () => {
  it('both pages’ changes land, and each shows the other’s', async () => {
    const second = await openOptions();
    await Promise.all([
      options.getByRole('checkbox', { name: 'Pause Gloss everywhere' }).check(),
      second.getByRole('checkbox', { name: /first mention/ }).uncheck(),
    ]);
    await expect.poll(async () => (await storedSettings())?.paused).toBe(true);
    // The two writes land in either order, a moment apart: both end up stored.
    await expect.poll(async () => (await storedSettings())?.firstMentionOnly).toBe(false);
    await expect.poll(() => second.getByRole('checkbox', { name: 'Pause Gloss everywhere' }).isChecked()).toBe(true);
    await expect.poll(() => options.getByRole('checkbox', { name: /first mention/ }).isChecked()).toBe(false);
    await second.close();
  });
});

describe('accessibility', () => {
  it('labels every control, reaches them by keyboard with a visible focus ring', async () => {
    await options.getByRole('button', { name: 'Add an entry' }).click();
    const unlabelled = await options.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button')]
        .filter((el) => {
          const name =
            (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent;
          return !name?.trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    await options.locator('body').click({ position: { x: 1, y: 1 } });
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await options.keyboard.press('Tab');
      const focus = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el.matches('.visually-hidden') ? el.nextElementSibling! : el);
        return { tag: el.tagName, visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      expect(focus.visible, focus.tag).toBe(true);
      seen.add(focus.tag);
    }
    expect(seen).toEqual(new Set(['INPUT', 'SELECT']));
  });

  it('reads at 200% zoom without sideways scrolling, in light and dark (screenshots)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openOptions(scheme);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: join(ARTIFACTS, `options-${scheme}.png`), fullPage: true });
      // 200% zoom of a 1280 px window: 640 CSS pixels across.
      await page.setViewportSize({ width: 640, height: 900 });
      await page.getByRole('button', { name: 'Add an entry' }).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      await page.screenshot({ path: join(ARTIFACTS, `options-${scheme}-200.png`), fullPage: true });
      const colours = await page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.body).color,
      ]);
      expect(colours).toEqual(
        scheme === 'dark' ? ['rgb(30, 34, 39)', 'rgb(230, 237, 243)'] : ['rgb(255, 255, 255)', 'rgb(31, 35, 40)'],
      );
      await page.close();
    }
  });
});
