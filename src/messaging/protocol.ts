/**
 * The one messaging contract between Gloss's contexts. Each request is declared once, here, by its zod schema;
 * its type derives from it (z.infer), and what it is answered with sits beside it. What arrives from another
 * context is checked with these schemas before it is used (content scripts run next to untrusted pages, and the
 * popup's tab may hold anything), and anything unknown or malformed is ignored, not thrown.
 *
 * The handlers' switches end in `unhandled(request)`, so a request declared here but not handled there does not
 * compile (tests/messaging/exhaustive.test.ts proves it). zod/mini, so the content script can carry the schemas.
 * The content script never parses a background request: the background schema's `.check()` calls are marked pure,
 * so that the bundler drops them from it (a method call it would otherwise keep, with its arguments).
 */
import * as z from 'zod/mini';
import type { EntryDetails } from '../knowledge/compile';
import type { AliasTable } from '../matching/alias-table';
import { PAGE_TEXT_LIMIT, PAGE_WORDS_BASE64_LIMIT } from '../matching/word-keys';
import type { SearchHit } from '../search/search';
import type { PageState } from '../settings/page-policy';

/** An entry id as a message carries it. */
const entryId = z.string().check(z.maxLength(80));

/** Requests the background answers. */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  /**
   * Details of one entry, for a card. `day`: the page's date (days since 1970-01-01), when the page gives one; the
   * answer then says what a person was at that date, when it differs from their latest role.
   */
  z.strictObject({
    type: z.literal('getEntry'),
    id: entryId,
    day: z.optional(z.int()),
  }),
  /** Fuzzy search, for selection lookup. */
  z.strictObject({ type: z.literal('lookup'), query: /* @__PURE__ */ z.string().check(z.maxLength(500)) }),
  /**
   * The alias table, for a content script that found none (or an old one) in storage: the first pages after
   * install. `bundled`: the table without the reader's own entries (the options page shows what an own alias
   * takes over).
   */
  z.strictObject({ type: z.literal('getAliasTable'), bundled: z.optional(z.boolean()) }),
  /**
   * The page's own alias table: the aliases its words can form (see table-subset.ts). The page sends its text
   * (the first time) or the keys of its words (word-keys.ts, base64 of their Int32Array: when it asks again), and
   * gets back the table, whose matcher index holds the keys of all the words it was made for (MatcherIndex.words).
   * `own` tells which of the reader's own entries it holds.
   */
  z.strictObject({
    type: z.literal('getPageTable'),
    text: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(PAGE_TEXT_LIMIT))),
    words: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(PAGE_WORDS_BASE64_LIMIT))),
  }),
  /**
   * "I know this one" on a card: the entry is no longer marked (a settings change every tab applies); `undo`, from
   * the Undo the page shows after it, marks it again.
   */
  z.strictObject({ type: z.literal('hideEntry'), id: entryId, undo: z.optional(z.boolean()) }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;
export type MessageType = BackgroundRequest['type'];

/** What the background answers each request with. */
export interface BackgroundResponses {
  /** `null` when no entry has that id. */
  getEntry: EntryDetails | null;
  lookup: LookupResult;
  getAliasTable: { version: string; json: string };
  /** Null for a request that is not one. */
  getPageTable: { version: string; own: string; table: AliasTable } | null;
  hideEntry: boolean;
}

/** Requests the content script in a tab answers. */
export const pageRequestSchema = z.discriminatedUnion('type', [
  /** The page's glossary. */
  z.strictObject({ type: z.literal('listPageTerms') }),
  /** Scroll to the entry's first occurrence, flash its mark and open its card. */
  z.strictObject({ type: z.literal('revealTerm'), id: entryId }),
  /** Move to the next or previous marked term in reading order and open its card (keyboard commands). */
  z.strictObject({ type: z.literal('stepTerm'), direction: z.enum(['next', 'previous']) }),
  /** Explain the selected text (context menu, keyboard command); `text` is the menu's selection text. */
  z.strictObject({ type: z.literal('explainSelection'), text: z.optional(z.string().check(z.maxLength(2000))) }),
]);
export type PageRequest = z.infer<typeof pageRequestSchema>;
export type PageMessageType = PageRequest['type'];

export interface PageResponses {
  /** `language`: the page's language when Gloss's knowledge cannot read it ("Japanese"). */
  listPageTerms: { state: PageState; site: string | null; terms: PageTerm[]; language?: string };
  revealTerm: boolean;
  stepTerm: boolean;
  explainSelection: boolean;
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

export type Request<T extends MessageType = MessageType> = Extract<BackgroundRequest, { type: T }>;
export type Response<T extends MessageType> = BackgroundResponses[T];
export type PageResponse<T extends PageMessageType> = PageResponses[T];

/** A request the background handles, or null (ignored): not an object, an unknown type, a wrong shape. */
export function asBackgroundRequest(message: unknown): BackgroundRequest | null {
  const parsed = backgroundRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** A request the content script handles, or null (ignored). */
export function asPageRequest(message: unknown): PageRequest | null {
  const parsed = pageRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/**
 * The end of a handler's switch: `request` is `never` when every declared request has its case, so a request
 * declared above but not handled is a compile error there. At run time (a request the schema let through that
 * no case took, which cannot happen) it is ignored.
 */
export function unhandled(request: never): undefined {
  void request;
  return undefined;
}

// Every request has its response declared, and every response its request.
type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : false;
export const RESPONSES_DECLARED: [
  SameKeys<BackgroundResponses, MessageType>,
  SameKeys<PageResponses, PageMessageType>,
] = [true, true];
