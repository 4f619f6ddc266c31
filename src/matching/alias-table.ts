/**
 * The compact alias table: the only knowledge the content script carries.
 * The build writes it as a JSON string (see scripts/knowledge-plugin.ts);
 * details load on demand from the background.
 */
import type { CaseRule } from '../knowledge/schema';
import type { MatcherIndex } from './matcher';

export const ALIAS_TABLE_VERSION = 1;

/**
 * Where the background publishes the table for content scripts: storage.local, under this key, as
 * { version, json }. Carrying the table as data rather than code keeps the script that runs on every page
 * small however large the knowledge base grows, and the content script reads it in the same storage read
 * as the settings.
 */
export const ALIAS_TABLE_KEY = 'aliasTable';

export interface PublishedTable {
  version: string;
  json: string;
  /** Set when the reader's own entries are merged in: which set of them (the background compares it). */
  own?: string;
}

export function isPublishedTable(value: unknown, version: string): value is PublishedTable {
  const v = value as Partial<PublishedTable> | null;
  return typeof v === 'object' && v !== null && v.version === version && typeof v.json === 'string';
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
}

export const CASE_CODES: Record<CaseRule, number> = { exact: 0, name: 1, any: 2 };
export const enum CaseCode {
  Exact = 0,
  Name = 1,
  Any = 2,
}

/** [alias text, flags, entry indices]. More than one entry index: the alias is ambiguous. */
export type TableAlias = [text: string, flags: number, entries: number[]];

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
  /** The matcher's lookup table, prebuilt at build time (the matcher builds it itself when absent, in tests). */
  index?: MatcherIndex;
}
