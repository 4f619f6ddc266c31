/**
 * The content script's features, started from one place with the content
 * script's abort signal, so listeners and timers end with the extension.
 */
import aliasTableJson from 'virtual:gloss/alias-table';
import type { AliasTable } from '../matching/alias-table';
import { Matcher } from '../matching/matcher';
import { highlightApiAvailable, PageTerms } from '../page/page-terms';
import { Scanner } from '../page/scanner';
import { TooltipHost } from '../tooltip/host';
import { initHoverTooltip } from './hover-tooltip';

export function startGloss(signal: AbortSignal): void {
  // gloss:scan starts here: loading the alias table and building the matcher count.
  const startedAt = performance.now();
  // Step aside on documents that are not HTML pages (XML, SVG, image and PDF viewers)
  // and in browsers without the CSS Custom Highlight API: without it we would have to
  // change the page's DOM to mark terms, which Gloss never does.
  if (!(document.documentElement instanceof HTMLElement) || !highlightApiAvailable()) return;
  const table = JSON.parse(aliasTableJson) as AliasTable;
  const matcher = new Matcher(table);
  const terms = new PageTerms(table);
  const host = new TooltipHost();
  const scanner = new Scanner({ matcher, terms, host: () => host.element, startedAt, signal });
  scanner.start().catch((error: unknown) => console.warn('Gloss: scan stopped', error));
  initHoverTooltip({ terms, host, signal });
  signal.addEventListener('abort', () => {
    terms.clear();
    host.remove();
  });
}
