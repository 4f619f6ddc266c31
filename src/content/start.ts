/**
 * The content script's features, started from one place with the content
 * script's abort signal, so listeners and timers end with the extension.
 * Marking runs in a session that starts and stops as the reader turns Gloss
 * on and off for the site (or pauses it), without a reload.
 */
import aliasTableJson from 'virtual:gloss/alias-table';
import { browser } from 'wxt/browser';
import type { AliasTable } from '../matching/alias-table';
import { Matcher } from '../matching/matcher';
import { highlightApiAvailable, PageTerms } from '../page/page-terms';
import { Scanner } from '../page/scanner';
import { type PageState, pageState, readSettingsLoosely, SETTINGS_KEY, siteOf } from '../settings/page-policy';
import { TooltipHost } from '../tooltip/host';
import { CardController } from './card-controller';
import { initHoverTooltip } from './hover-tooltip';
import { initPageRequests } from './page-requests';

interface Session {
  terms: PageTerms;
  stop: AbortController;
}

export function startGloss(signal: AbortSignal): void {
  // gloss:scan starts here: loading the alias table and building the matcher count.
  const startedAt = performance.now();
  // Step aside on documents that are not HTML pages (XML, SVG, image and PDF viewers)
  // and in browsers without the CSS Custom Highlight API: without it we would have to
  // change the page's DOM to mark terms, which Gloss never does.
  if (!(document.documentElement instanceof HTMLElement) || !highlightApiAvailable()) return;
  // Ask for the settings first; the answer comes while we set up.
  const settings = browser.storage.local.get(SETTINGS_KEY).catch(() => ({}));
  const table = JSON.parse(aliasTableJson) as AliasTable;
  const matcher = new Matcher(table);
  const setupWork = performance.now() - startedAt;

  const host = new TooltipHost();
  const cards = new CardController(host);
  let session: Session | null = null;
  let state: PageState = 'on';
  let measured = false;

  const apply = (next: PageState) => {
    state = next;
    if (state === 'on' && session === null) {
      const stop = new AbortController();
      const terms = new PageTerms(table);
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
    } else if (state !== 'on' && session !== null) {
      session.stop.abort();
      session.terms.clear();
      cards.close();
      session = null;
    }
  };

  void settings.then((stored: Record<string, unknown>) => {
    if (!signal.aborted) apply(pageState(readSettingsLoosely(stored[SETTINGS_KEY]), location.href));
  });
  const onStorageChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      apply(pageState(readSettingsLoosely(changes[SETTINGS_KEY].newValue), location.href));
    }
  };
  browser.storage.onChanged.addListener(onStorageChange);

  const terms = () => session?.terms ?? null;
  initHoverTooltip({ terms, cards, host, signal });
  initPageRequests({ terms, state: () => state, site: siteOf(location.href), cards, matcher, signal });
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorageChange);
    apply('paused');
    host.remove();
  });
}
