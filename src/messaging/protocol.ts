/**
 * The one messaging contract between Gloss's contexts. Requests are plain
 * objects with a `type`. What arrives from another context is checked before
 * it is used (zod in the background, small guards in the content script,
 * which cannot afford zod's size), and anything unknown is ignored, not thrown.
 * Types only here.
 */
import type { EntryDetails } from '../knowledge/compile';
import type { SearchHit } from '../search/search';
import type { PageState } from '../settings/page-policy';

/** Answered by the background. */
export interface BackgroundProtocol {
  /** Details of one entry, for a card. `null` when no entry has that id. */
  getEntry: { request: { type: 'getEntry'; id: string }; response: EntryDetails | null };
  /** Fuzzy search, for selection lookup: the best hits, and when there are none, the closest entries. */
  lookup: { request: { type: 'lookup'; query: string }; response: LookupResult };
  /** The alias table, for a content script that found none (or an old one) in storage: the first pages after install. */
  getAliasTable: {
    /** `bundled`: the table without the reader's own entries (the options page shows what an own alias takes over). */
    request: { type: 'getAliasTable'; bundled?: boolean };
    response: { version: string; json: string };
  };
  /**
   * "I know this one" on a card: the entry is no longer marked (a settings change every tab applies); `undo`, from
   * the Undo the page shows after it, marks it again.
   */
  hideEntry: { request: { type: 'hideEntry'; id: string; undo?: boolean }; response: boolean };
}

export interface LookupResult {
  hits: SearchHit[];
  /** When `hits` is empty: the nearest entries, to offer. */
  closest: SearchHit[];
}

/** What the page's glossary lists: each entry found, in reading order, with how often it occurs. */
export interface PageTerm {
  id: string;
  count: number;
}

/** Answered by the content script in a tab. */
export interface PageProtocol {
  listPageTerms: {
    request: { type: 'listPageTerms' };
    response: { state: PageState; site: string | null; terms: PageTerm[] };
  };
  /** Scroll to the entry's first occurrence, flash its mark and open its card. */
  revealTerm: { request: { type: 'revealTerm'; id: string }; response: boolean };
  /** Move to the next or previous marked term in reading order and open its card (keyboard commands). */
  stepTerm: { request: { type: 'stepTerm'; direction: 'next' | 'previous' }; response: boolean };
  /** Explain the selected text (context menu, keyboard command); `text` is the menu's selection text. */
  explainSelection: { request: { type: 'explainSelection'; text?: string }; response: boolean };
}

type RequestOf<P> = { [K in keyof P]: P[K] extends { request: infer R } ? R : never }[keyof P];
export type BackgroundRequest = RequestOf<BackgroundProtocol>;
export type PageRequest = RequestOf<PageProtocol>;

export type MessageType = keyof BackgroundProtocol;
export type Request<T extends MessageType = MessageType> = BackgroundProtocol[T]['request'];
export type Response<T extends MessageType> = BackgroundProtocol[T]['response'];
export type PageResponse<T extends keyof PageProtocol> = PageProtocol[T]['response'];
