/**
 * The content script's features, started from one place with the content
 * script's abort signal, so listeners and timers end with the extension.
 * Marking runs in a session that starts and stops as the reader turns Gloss
 * on and off for the site (or pauses it), without a reload.
 */
import tableVersion from 'virtual:gloss/alias-table-version';
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { ALIAS_TABLE_KEY, type AliasTable, isTableMarker } from '../matching/alias-table';
import { localeContext } from '../matching/locale';
import { Matcher } from '../matching/matcher';
import { decodeIndex, type IndexArrays } from '../matching/matcher-index';
import { KeySet, keysToBase64 } from '../matching/word-keys';
import { highlightApiAvailable, PageTerms } from '../page/page-terms';
import { pageText } from '../page/page-words';
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

/** The settings, in one storage read. */
async function readStoredSettings(): Promise<Settings> {
  const stored: Record<string, unknown> = await browser.storage.local.get([...SETTINGS_STORAGE_KEYS]).catch(() => ({}));
  return readSettings(stored).value;
}

/** A page's table, its matcher index (decoded), and which of the reader's own entries it holds. */
interface PageTable {
  table: AliasTable;
  index: IndexArrays;
  own: string;
}

/**
 * The aliases the page's words can form, from the background (see table-subset.ts), given the page's text or the
 * keys of its words; its matcher index holds the keys of every word it was made for (MatcherIndex.words), so the
 * page decodes it rather than building it. Null when the background cannot answer.
 */
async function askPageTable(about: { text: string } | { words: KeySet }): Promise<PageTable | null> {
  const request = 'text' in about ? { text: about.text } : { words: keysToBase64(about.words) };
  const reply = await send<'getPageTable'>({ type: 'getPageTable', ...request }).catch(() => null);
  if (reply === null || reply === undefined || reply.version !== tableVersion) return null;
  const { table } = reply;
  if (!Array.isArray(table?.aliases) || !Array.isArray(table.ids)) return null;
  const index = decodeIndex(table.index, table.aliases.length);
  return index?.words === true ? { table, index, own: reply.own } : null;
}

/**
 * How long after a scan first meets words the page's table was not made for (text the page added: a feed
 * loading, a live blog's update) the page asks for their aliases: one request for a burst of additions.
 */
const MORE_WORDS_DELAY_MS = 500;

export function startGloss(signal: AbortSignal): void {
  // The set-up starts here (and gloss:scan, in a measuring build: see scan-timing.ts). It counts our work
  // (reading the page's words, building the matcher, the scan's slices), not the waits between (the storage
  // read and the background's answer, the page's own tasks).
  const setup = startSetup();
  // Step aside on documents that are not HTML pages (XML, SVG, image and PDF viewers)
  // and in browsers without the CSS Custom Highlight API: without it we would have to
  // change the page's DOM to mark terms, which Gloss never does.
  if (!(document.documentElement instanceof HTMLElement) || !highlightApiAvailable()) return;
  const settingsRead = readStoredSettings();
  const tableRead = askPageTable({
    text: pageText(document, localeContext(location.hostname, document.documentElement.lang)),
  });
  setup.wait();
  void Promise.all([settingsRead, tableRead]).then(([settings, first]) => {
    if (signal.aborted || first === null) return;
    // The rest of the set-up (the matcher, the card's host, the listeners, the scanner) runs in this task
    // with the scan's first slice.
    setup.resume();
    run(signal, setup, first, settings);
  });
}

function run(signal: AbortSignal, setup: Setup, first: PageTable, storedSettings: Settings): void {
  const host = new TooltipHost();
  const cards = new CardController(host);
  cards.pageNames = (id) => session?.terms.names(id) ?? false;
  let { table, own } = first;
  /** Words met in scans that the table was not made for: the page asks about them after MORE_WORDS_DELAY_MS. */
  const unseen = new KeySet();
  let moreTimer = 0;
  const askSoon = () => {
    if (moreTimer === 0) moreTimer = window.setTimeout(() => void askAgain(), MORE_WORDS_DELAY_MS);
  };
  const matcherFor = (t: PageTable) => {
    const m = new Matcher(t.table, t.index, unseen);
    m.onUnseen = askSoon;
    return m;
  };
  let matcher = matcherFor(first);
  let session: Session | null = null;
  let state: PageState = 'on';
  let measured = false;
  let settings = storedSettings;
  /** What decides which terms are marked: a change means a new scan (the look alone does not). */
  let markingKey = '';

  /** @param keepCard leave an open card open (the page is re-marked with a grown table: the reader's card still holds). */
  const stopSession = (keepCard = false) => {
    if (session === null) return;
    session.stop.abort();
    session.terms.clear();
    if (!keepCard) cards.close();
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

  /** Marks with another table: more of the page's words form aliases, or the reader's own entries changed. */
  const useTable = (next: PageTable) => {
    const ownChanged = next.own !== own;
    // Asked again with the keys of its words only, the background cannot see titles: those it saw first hold.
    next.table.named ??= table.named;
    table = next.table;
    own = next.own;
    matcher = matcherFor(next);
    if (ownChanged) cards.clearCache();
    stopSession(!ownChanged);
    if (state === 'on') startSession();
  };

  /** Asks again for the page's words, the unseen ones included (one request at a time, in order). */
  let asking = Promise.resolve();
  const askAgain = () =>
    (asking = asking.then(async () => {
      moreTimer = 0;
      // The words the table was made for are in its matcher's index; the page adds those it met since.
      const words = matcher.knownWords();
      for (const k of unseen) words.add(k);
      unseen.clear();
      const next = await askPageTable({ words });
      if (signal.aborted || next === null) return;
      // The page's words only grow, so for the same own entries a table is only ever joined by more aliases.
      if (next.own !== own || next.table.aliases.length !== table.aliases.length) useTable(next);
    }));

  apply(storedSettings);
  const onStorageChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const marker = changes[ALIAS_TABLE_KEY]?.newValue;
    if (isTableMarker(marker) && marker.version === tableVersion && marker.own !== own) void askAgain();
    const changed = settingsFromChange(changes);
    if (changed !== null) apply(changed.value);
  };
  browser.storage.onChanged.addListener(onStorageChange);

  const terms = () => session?.terms ?? null;
  initHoverTooltip({ prefs: () => settings, terms, cards, host, signal });
  initPageRequests({ terms, state: () => state, site: siteOf(location.href), cards, matcher: () => matcher, signal });
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorageChange);
    window.clearTimeout(moreTimer);
    stopSession();
    host.remove();
  });
}
