/**
 * The compact alias table. The build writes the whole knowledge base's as a JSON string (see
 * scripts/knowledge-plugin.ts) for the background, which cuts each page the part its words can form (see
 * table-subset.ts): the only knowledge a content script carries. Details load on demand from the background.
 */
import type { CaseRule } from '../knowledge/schema';

export const ALIAS_TABLE_VERSION = 1;

/**
 * Where the background says which table it serves (a TableMarker in storage.local): a page's table changes when
 * the reader's own entries do, and every open page hears of it from storage. (The table itself used to travel
 * this way, whole, to every page: see table-subset.ts for why it no longer does.)
 */
export const ALIAS_TABLE_KEY = 'aliasTable';

/** Which table the background serves: its build's version, and which of the reader's own entries it holds. */
export interface TableMarker {
  version: string;
  own: string;
}

export function isTableMarker(value: unknown): value is TableMarker {
  const v = value as Partial<TableMarker> | null;
  return typeof v === 'object' && v !== null && typeof v.version === 'string' && typeof v.own === 'string';
}

/** The whole table as the background holds it (and the options page asks for it): its version and JSON. */
export interface PublishedTable {
  version: string;
  json: string;
  /** Set when the reader's own entries are merged in: which set of them (the background compares it). */
  own?: string;
}

/** Bits of an alias's flags. */
export const enum AliasFlag {
  /** Bits 0-1: the case rule (CASE_CODES). */
  CaseMask = 3,
  /** Mark only when the page gives context for one of the alias's entries. */
  NeedsContext = 4,
  /** Not a term to mark but a context word that points to its entries. */
  Hint = 8,
  /** A phrase that contains an alias but names something else ("New Mexico"): matched whole, it marks nothing. */
  NotTerm = 16,
  /**
   * A weak alias (see knowledge/weak-aliases.ts): a person's surname alone, a name that is a common English word
   * ("Renaissance", "Reform"), a short acronym several entries claim. Marked only when the page gives it more
   * than one piece of evidence (its entry named in full, a context word near it, or two elsewhere).
   */
  Weak = 32,
  /** A name that is a common English word: a capitalised word before it makes another name ("African Renaissance"). */
  CommonWord = 64,
  /**
   * A surname alone (an alias with `surname: true`): it means only an entry the page names in full or by a title
   * they held; context words are not enough ("Smith" on a page about Congress is not every Senator Smith).
   */
  Surname = 128,
}

export const CASE_CODES: Record<CaseRule, number> = { exact: 0, name: 1, any: 2 };
export const enum CaseCode {
  Exact = 0,
  Name = 1,
  Any = 2,
}

/**
 * The matcher's lookup table, built at build time (matcher-index.ts): an open-addressing table of first-word keys,
 * each slot pointing into the candidate list (each first word's aliases, longest first), with each candidate's
 * second- and third-word keys and each alias's flags. It travels as one base64 string of the typed arrays the
 * matcher reads, so it decodes natively and copies nothing.
 */
export interface MatcherIndex {
  /** Slots in the table (a power of two). */
  size: number;
  /** Aliases (and candidates). */
  n: number;
  /**
   * base64 of: keys Int32[size], first candidate Int32[size], candidates Int32[n], second- and third-word keys
   * Int32[n] each, candidate counts Uint16[size], flags Uint8[n].
   */
  data: string;
  /**
   * Set on a page's table's index (table-subset.ts): its slots also hold the keys of every word of the page it was
   * made for, so a word the matcher finds in no slot is one the page never asked about.
   */
  words?: true;
}

/** [alias text, flags, entry indices]. More than one entry index: the alias is ambiguous. */
export type TableAlias = [text: string, flags: number, entries: number[]];

/**
 * The table's per-entry numbers, one array each, by entry index. Everything that cuts or joins tables (a page's
 * subset, the reader's own entries) carries each of them alike: a new per-entry number is a field of AliasTable
 * below and its name here. (Per-alias facts are bits of the alias's flags.)
 */
export const ENTRY_FIELDS = ['cat', 'fam', 'began', 'ended'] as const satisfies readonly (keyof AliasTable)[];

export interface AliasTable {
  v: typeof ALIAS_TABLE_VERSION;
  /** Entry ids, by entry index. */
  ids: string[];
  /** Index into `categories` for each entry. */
  cat: number[];
  categories: string[];
  /** For each entry, the indices of its related entries (page evidence for ambiguous aliases). */
  rel: number[][];
  /** For each entry, its familiarity: an index into FAMILIARITY (0 common, 1 known, 2 specialist). */
  fam: number[];
  aliases: TableAlias[];
  /**
   * For each entry, the day (since 1970-01-01) it began, and the day it ended; 0 when unknown (see
   * matching/dates.ts). A page dated before an entry began never means it (the 2023 Gaza war on a 2014 page).
   * Absent in tables built before them: no entry is then ruled out.
   */
  began?: number[];
  ended?: number[];
  /**
   * The whole table's: each entry's titles (a bit each: see titles.ts), for a person the titles they held; 0 for
   * anything else. Not in a page's table, which has `named` instead.
   */
  titles?: number[];
  /**
   * A page's table's: the ids of the entries the page named by a title they held before their surname ("President
   * Trump": see titles.ts). The background finds them in the page's text when it cuts the page's table.
   */
  named?: string[];
  /**
   * First names of the people the knowledge holds (the whole table's), or those among the page's words (a page's):
   * after a name, one starts a person's name, not a longer name (continuation.ts).
   */
  given?: string[];
  /** The matcher's lookup table, prebuilt at build time (the matcher builds it itself when absent, in tests). */
  index?: MatcherIndex;
}
