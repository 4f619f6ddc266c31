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
import { Scanner } from '../page/scanner';
import {
  minFamiliarity,
  type PageState,
  pageState,
  readSettingsLoosely,
  SETTINGS_KEY,
  siteOf,
} from '../settings/page-policy';
import { TooltipHost } from '../tooltip/host';
import { CardController } from './card-controller';
import { initHoverTooltip } from './hover-tooltip';
import { initPageRequests } from './page-requests';

interface Session {
  terms: PageTerms;
  stop: AbortController;
}

/** The settings and the alias table's JSON, in one storage read. */
async function readStorage(): Promise<{ settings: unknown; tableJson: string | null }> {
  const stored: Record<string, unknown> = await browser.storage.local
    .get([SETTINGS_KEY, ALIAS_TABLE_KEY])
    .catch(() => ({}));
  const published = stored[ALIAS_TABLE_KEY];
  return {
    settings: stored[SETTINGS_KEY],
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
  // gloss:scan starts here. It counts our work (loading the alias table, building the matcher, the scan's
  // slices), not the waits between (the storage read, the page's own tasks between slices).
  const startedAt = performance.now();
  // Step aside on documents that are not HTML pages (XML, SVG, image and PDF viewers)
  // and in browsers without the CSS Custom Highlight API: without it we would have to
  // change the page's DOM to mark terms, which Gloss never does.
  if (!(document.documentElement instanceof HTMLElement) || !highlightApiAvailable()) return;
  const reading = readStorage();
  let work = performance.now() - startedAt;
  void reading.then(async ({ settings, tableJson }) => {
    let t0 = performance.now();
    let table = parseTable(tableJson);
    work += performance.now() - t0;
    if (table === null) {
      const json = await tableFromBackground();
      t0 = performance.now();
      table = parseTable(json);
      work += performance.now() - t0;
    }
    if (signal.aborted || table === null) return;
    t0 = performance.now();
    const matcher = new Matcher(table);
    run(signal, startedAt, work + performance.now() - t0, table, matcher, settings);
  });
}

function run(
  signal: AbortSignal,
  startedAt: number,
  setupWork: number,
  table: AliasTable,
  matcher: Matcher,
  storedSettings: unknown,
): void {
  const host = new TooltipHost();
  const cards = new CardController(host);
  let session: Session | null = null;
  let state: PageState = 'on';
  let measured = false;

  let marking = 1;

  const stopSession = () => {
    if (session === null) return;
    session.stop.abort();
    session.terms.clear();
    cards.close();
    session = null;
  };

  const startSession = () => {
    const stop = new AbortController();
    const terms = new PageTerms(table, document, marking);
    terms.addLocale(matcher, localeContext(location.hostname, document.documentElement.lang));
    session = { terms, stop };
    const scanner = new Scanner({
      matcher,
      terms,
      host: () => host.element,
      startedAt,
      setupWork: measured ? 0 : setupWork,
      measure: !measured,
      signal: stop.signal,
    });
    measured = true;
    scanner.start().catch((error: unknown) => console.warn('Gloss: scan stopped', error));
  };

  /** Applies the stored settings: marks or unmarks the page, and re-marks it when the reader marks more or less. */
  const apply = (stored: unknown) => {
    const settings = readSettingsLoosely(stored);
    const next = pageState(settings, location.href);
    const nextMarking = minFamiliarity(settings);
    if (next !== 'on' || nextMarking !== marking) stopSession();
    state = next;
    marking = nextMarking;
    if (state === 'on' && session === null) startSession();
  };

  apply(storedSettings);
  const onStorageChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) apply(changes[SETTINGS_KEY].newValue);
  };
  browser.storage.onChanged.addListener(onStorageChange);

  const terms = () => session?.terms ?? null;
  initHoverTooltip({ terms, cards, host, signal });
  initPageRequests({ terms, state: () => state, site: siteOf(location.href), cards, matcher, signal });
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorageChange);
    stopSession();
    host.remove();
  });
}
