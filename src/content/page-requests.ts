/**
 * What the popup and the background ask of the page: the page's glossary,
 * revealing a term, stepping through terms from the keyboard, and explaining
 * the selection. The extension layer for the content script.
 */
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { asPageRequest, type PageRequest, type PageTerm, unhandled } from '../messaging/protocol';
import type { Matcher } from '../matching/matcher';
import type { PageMatch, PageTerms } from '../page/page-terms';
import { selectionQuery } from '../search/query';
import type { PageState } from '../settings/page-policy';
import type { CardContent, CardController } from './card-controller';
import { contentFor } from './hover-tooltip';

export interface PageRequestsOptions {
  terms: () => PageTerms | null;
  state: () => PageState;
  site: string | null;
  cards: CardController;
  /** The matcher for the current alias table (it changes with the reader's own entries). */
  matcher: () => Matcher;
  signal: AbortSignal;
  doc?: Document;
}

/**
 * The page's glossary: each entry marked, in reading order of first mention, with how often it occurs (every
 * mention, also with "first mention only").
 */
export function listTerms(terms: PageTerms): PageTerm[] {
  const counts = new Map<string, number>();
  for (const match of terms.wantedMatches()) {
    const ids = terms.entryIds(match);
    if (ids.length !== 1) continue; // a term whose meaning the page leaves open has no one entry to list
    counts.set(ids[0], (counts.get(ids[0]) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count }));
}

export function initPageRequests(options: PageRequestsOptions): void {
  const { terms, state, site, cards, matcher, signal, doc = document } = options;
  const win = doc.defaultView!;

  const reveal = (current: PageTerms, match: PageMatch, opener: 'popup' | 'keyboard') => {
    const el = match.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' });
    current.flash(match);
    void cards.show({ range: match.range }, contentFor(current, match), opener, match);
  };

  const step = (direction: 'next' | 'previous'): boolean => {
    const current = terms();
    if (!current) return false;
    const matches = current.orderedMatches();
    if (matches.length === 0) return false;
    const open = matches.indexOf(cards.current?.subject as PageMatch);
    let index: number;
    if (open >= 0) {
      index = open + (direction === 'next' ? 1 : -1);
    } else if (direction === 'next') {
      // From the top of what the reader sees.
      index = matches.findIndex((m) => m.range.getBoundingClientRect().bottom > 0);
    } else {
      index = matches.findLastIndex((m) => m.range.getBoundingClientRect().top < win.innerHeight);
    }
    if (index < 0 || index >= matches.length) return false;
    reveal(current, matches[index], 'keyboard');
    return true;
  };

  const explainSelection = async (text?: string): Promise<boolean> => {
    const selection = doc.getSelection();
    let range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    const query = selectionQuery(text ?? selection?.toString() ?? '');
    if (query.length === 0) return false;
    if (range === null || range.collapsed) {
      // A selection inside a text field has no range in the page: anchor to the field.
      range = doc.createRange();
      range.selectNode(doc.activeElement ?? doc.body);
    }
    const term = query.length > 60 ? `${query.slice(0, 57)}…` : query;
    await cards.show({ range }, await contentForSelection(query, term), 'keyboard', range);
    return true;
  };

  /** A name Gloss knows, found in the selection by the page's own matcher, or else the fuzzy search. */
  const contentForSelection = async (query: string, term: string): Promise<CardContent> => {
    const current = terms();
    const m = matcher();
    const table = m.table;
    const { matches } = m.scan(query);
    if (matches.length > 0) {
      const alias = matches[2];
      const found = query.slice(matches[0], matches[1]);
      const resolution = current?.evidence.resolve(alias);
      const entries = resolution?.kind === 'entry' ? [resolution.entry] : table.aliases[alias][2];
      const ids = entries.map((e) => table.ids[e]);
      return ids.length === 1 ? { kind: 'entry', id: ids[0], term: found } : { kind: 'choices', ids, term: found };
    }
    const result = await send<'lookup'>({ type: 'lookup', query }).catch(() => ({ hits: [], closest: [] }));
    if (result.hits.length > 0) return { kind: 'entry', id: result.hits[0].id, term };
    return { kind: 'noMatch', term, closest: result.closest };
  };

  const handle = async (request: PageRequest): Promise<unknown> => {
    switch (request.type) {
      case 'listPageTerms': {
        const current = terms();
        const language = current?.unreadableLanguage ?? undefined;
        return { state: state(), site, terms: current ? listTerms(current) : [], ...(language ? { language } : {}) };
      }
      case 'revealTerm': {
        const current = terms();
        const match = current?.orderedMatches().find((m) => current.entryIds(m)[0] === request.id);
        if (!current || !match) return false;
        reveal(current, match, 'popup');
        return true;
      }
      case 'stepTerm':
        return step(request.direction);
      case 'explainSelection':
        return explainSelection(request.text);
      default:
        return unhandled(request);
    }
  };

  // Answered through sendResponse (and `true`: the answer comes later), which Chromium and Firefox both take from
  // their own API: the content script does without the polyfill (src/platform/native-browser.ts).
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    const request = asPageRequest(message);
    // Not ours to answer: return nothing, so other listeners (or none) can.
    if (request === null) return undefined;
    handle(request).then(sendResponse, () => sendResponse(undefined));
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
