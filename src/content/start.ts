/**
 * The content script's features, started from one place with the content
 * script's abort signal, so listeners and timers end with the extension.
 * Marking runs in a session that starts and stops as the reader turns Gloss
 * on and off for the site (or pauses it), without a reload.
 */
import tableVersion from 'virtual:gloss/alias-table-version';
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { ALIAS_TABLE_KEY, type AliasTable, isPublishedTable } from '../matching/alias-table';
import { localeContext } from '../matching/locale';
import { Matcher } from '../matching/matcher';
import { highlightApiAvailable, PageTerms } from '../page/page-terms';
import { reportScanStopped, type Setup, startSetup } from '../page/scan-timing';
import { Scanner } from '../page/scanner';
import { CARD_FONT_PX } from '../settings/choices';
import { markableEntries, markHighlightName, type PageState, pageState, siteOf } from '../settings/page-policy';
import type { Settings } from '../settings/schema';
import { readSettings, SETTINGS_STORAGE_KEYS, settingsFromChange } from '../settings/settings-item';
import { TooltipHost } from '../tooltip/host';
import { CardController } from './card-controller';
import { initHoverTooltip } from './hover-tooltip';
import { initPageRequests } from './page-requests';

interface Session {
  terms: PageTerms;
  stop: AbortController;
}

/** The settings (through the settings item: migrated, validated) and the alias table's JSON, in one storage read. */
async function readStorage(): Promise<{ settings: Settings; tableJson: string | null }> {
  const stored: Record<string, unknown> = await browser.storage.local
    .get([...SETTINGS_STORAGE_KEYS, ALIAS_TABLE_KEY])
    .catch(() => ({}));
  const published = stored[ALIAS_TABLE_KEY];
  return {
    settings: readSettings(stored).value,
    tableJson: isPublishedTable(published, tableVersion) ? published.json : null,
  };
}

/** The table from the background: storage has none, another build's (just installed or updated), or a damaged one. */
async function tableFromBackground(): Promise<string | null> {
  const fresh = await send<'getAliasTable'>({ type: 'getAliasTable' }).catch(() => null);
  return fresh?.version === tableVersion ? fresh.json : null;
}

function parseTable(json: string | null): AliasTable | null {
  if (json === null) return null;
  try {
    const table = JSON.parse(json) as AliasTable;
    return Array.isArray(table.aliases) && Array.isArray(table.ids) ? table : null;
  } catch {
    return null;
  }
}

export function startGloss(signal: AbortSignal): void {
  // The set-up starts here (and gloss:scan, in a measuring build: see scan-timing.ts).
  const setup = startSetup();
  // Step aside on documents that are not HTML pages (XML, SVG, image and PDF viewers)
  // and in browsers without the CSS Custom Highlight API: without it we would have to
  // change the page's DOM to mark terms, which Gloss never does.
  if (!(document.documentElement instanceof HTMLElement) || !highlightApiAvailable()) return;
  const reading = readStorage();
  setup.wait();
  void reading.then(async ({ settings, tableJson }) => {
    setup.resume();
    let json = tableJson;
    let table = parseTable(json);
    if (table === null) {
      setup.wait();
      json = await tableFromBackground();
      setup.resume();
      table = parseTable(json);
    }
    if (signal.aborted || table === null || json === null) return;
    // The rest of the set-up (the matcher, the card's host, the listeners, the scanner) runs in this task
    // with the scan's first slice.
    const matcher = new Matcher(table);
    run(signal, setup, { json, table, matcher }, settings);
  });
}

function run(
  signal: AbortSignal,
  setup: Setup,
  first: { json: string; table: AliasTable; matcher: Matcher },
  storedSettings: Settings,
): void {
  const host = new TooltipHost();
  const cards = new CardController(host);
  let { json: tableJson, table, matcher } = first;
  let session: Session | null = null;
  let state: PageState = 'on';
  let measured = false;
  let settings = storedSettings;
  /** What decides which terms are marked: a change means a new scan (the look alone does not). */
  let markingKey = '';

  const stopSession = () => {
    if (session === null) return;
    session.stop.abort();
    session.terms.clear();
    cards.close();
    session = null;
  };

  const startSession = () => {
    const stop = new AbortController();
    const terms = new PageTerms(table, document, {
      markable: markableEntries(table, settings),
      firstMentionOnly: settings.firstMentionOnly,
      highlightName: markHighlightName(settings),
    });
    terms.addLocale(matcher, localeContext(location.hostname, document.documentElement.lang));
    session = { terms, stop };
    const scanner = new Scanner({
      matcher,
      terms,
      host: () => host.element,
      setup: measured ? null : setup,
      signal: stop.signal,
    });
    measured = true;
    scanner.start().catch(reportScanStopped);
  };

  /** Applies the settings: marks or unmarks the page, re-marks it when what is marked changed, restyles it. */
  const apply = (next: Settings) => {
    settings = next;
    const nextState = pageState(settings, location.href);
    const nextKey = JSON.stringify([
      settings.marking,
      settings.hiddenCategories,
      settings.hiddenEntries,
      settings.firstMentionOnly,
    ]);
    if (nextState !== 'on' || nextKey !== markingKey) stopSession();
    state = nextState;
    markingKey = nextKey;
    session?.terms.setHighlightName(markHighlightName(settings));
    cards.setLook({ theme: settings.theme, fontPx: CARD_FONT_PX[settings.cardFontSize] });
    if (state === 'on' && session === null) startSession();
  };

  /** The background published another table (the reader's own entries changed): mark with it. */
  const replaceTable = (published: unknown) => {
    // The same table written again (the background repairing storage for another page) changes nothing.
    if (!isPublishedTable(published, tableVersion) || published.json === tableJson) return;
    const next = parseTable(published.json);
    if (next === null) return;
    tableJson = published.json;
    table = next;
    matcher = new Matcher(next);
    cards.clearCache();
    stopSession();
    if (state === 'on') startSession();
  };

  apply(storedSettings);
  const onStorageChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (ALIAS_TABLE_KEY in changes) replaceTable(changes[ALIAS_TABLE_KEY].newValue);
    const changed = settingsFromChange(changes);
    if (changed !== null) apply(changed.value);
  };
  browser.storage.onChanged.addListener(onStorageChange);

  const terms = () => session?.terms ?? null;
  initHoverTooltip({ prefs: () => settings, terms, cards, host, signal });
  initPageRequests({ terms, state: () => state, site: siteOf(location.href), cards, matcher: () => matcher, signal });
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorageChange);
    stopSession();
    host.remove();
  });
}
