/**
 * Searching the knowledge base: what the popup, selection lookup and the
 * background share. Pure: documents in, ranked results out.
 *
 * Fuse.js does the fuzzy part: misspellings ("Baerbok"), missing diacritics
 * ("Rottgen"), case. Acronyms work both ways: aliases hold the expansions,
 * and each title's and multi-word alias's initials are a hidden key ("JSDF").
 * An exact-name stage ahead of Fuse was tried and dropped: on the ranking
 * table in tests/search it changed nothing.
 * The Fuse index is built once, at build time (see scripts/knowledge-plugin.ts).
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Entry } from '../knowledge/schema';
import { selectionQuery } from './query';

export interface SearchDoc {
  id: string;
  title: string;
  subtitle?: string;
  category: Entry['category'];
  aliases: string[];
  /** Initials of the title and of multi-word aliases ("North Atlantic Treaty Organization" -> "NATO"). */
  acronyms: string[];
  summary: string;
}

export interface SearchHit {
  id: string;
  title: string;
  subtitle?: string;
  category: Entry['category'];
  /** The text that matched (the title, or the alias), and where, to show the reader. */
  matched: { text: string; ranges: [number, number][] };
  /** 0 is a perfect match, 1 no match at all (Fuse's scale). */
  score: number;
}

/** Title and aliases first; the summary only helps when nothing else does. */
export const SEARCH_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'aliases', weight: 3 },
  { name: 'acronyms', weight: 2 },
  { name: 'summary', weight: 0.4 },
];

/**
 * threshold 0.4 forgives a letter or two in a short name ("Baerbok") without
 * matching everything; ignoreLocation because a reader's word can be anywhere
 * in a title ("Kurile islands" in "Kuril Islands dispute").
 */
export const SEARCH_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: SEARCH_KEYS,
  includeMatches: true,
  includeScore: true,
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
};

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'de']);

export function acronymOf(text: string): string | null {
  const words = text.split(/[\s\-–]+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return null;
  return words.map((w) => w[0].toUpperCase()).join('');
}

export function toSearchDoc(entry: Entry): SearchDoc {
  const aliases = entry.aliases.map((a) => a.text).filter((t) => t !== entry.title);
  const acronyms = [...new Set([entry.title, ...aliases].map(acronymOf).filter((a): a is string => a !== null))];
  return {
    id: entry.id,
    title: entry.title,
    ...(entry.subtitle ? { subtitle: entry.subtitle } : {}),
    category: entry.category,
    aliases,
    acronyms: acronyms.filter((a) => !aliases.includes(a)),
    summary: entry.summary,
  };
}

export class Searcher {
  private readonly fuse: Fuse<SearchDoc>;

  constructor(
    readonly docs: readonly SearchDoc[],
    index?: FuseIndex<SearchDoc>,
    options: IFuseOptions<SearchDoc> = {},
  ) {
    this.fuse = new Fuse(docs, { ...SEARCH_OPTIONS, ...options }, index);
  }

  search(query: string, limit = 12): SearchHit[] {
    const q = query.trim();
    if (q.length === 0) return [];
    return this.fuse.search(q, { limit }).map((r) => this.hit(r.item, bestMatch(r), r.score ?? 1));
  }

  private hit(doc: SearchDoc, matched: SearchHit['matched'], score: number): SearchHit {
    return {
      id: doc.id,
      title: doc.title,
      ...(doc.subtitle ? { subtitle: doc.subtitle } : {}),
      category: doc.category,
      matched,
      score,
    };
  }
}

/** The match to show: a title or alias over an acronym over the summary, longest matched run first. */
const KEY_ORDER = ['title', 'aliases', 'acronyms', 'summary'];
const rank = (key?: string) => KEY_ORDER.indexOf(key ?? 'summary');

function bestMatch(result: FuseResult<SearchDoc>): SearchHit['matched'] {
  const matches = (result.matches ?? [])
    .filter((m) => m.value !== undefined)
    .toSorted((a, b) => rank(a.key) - rank(b.key) || longestRun(b.indices) - longestRun(a.indices));
  const best = matches[0];
  if (!best || best.key === 'summary' || best.key === 'acronyms') {
    return { text: result.item.title, ranges: [] };
  }
  return { text: best.value!, ranges: best.indices.map(([s, e]) => [s, e] as [number, number]) };
}

function longestRun(indices: readonly (readonly [number, number])[]): number {
  return indices.reduce((m, [s, e]) => Math.max(m, e - s + 1), 0);
}

/** Builds the serialised index the extension ships (build time). */
export function buildSearchIndex(docs: readonly SearchDoc[]): unknown {
  return Fuse.createIndex(SEARCH_KEYS, docs).toJSON();
}

export function searcherFrom(docs: readonly SearchDoc[], index: unknown, options?: IFuseOptions<SearchDoc>): Searcher {
  return new Searcher(docs, Fuse.parseIndex<SearchDoc>(index as Parameters<typeof Fuse.parseIndex>[0]), options);
}

/** How far "the closest entries" may be from a query that matched nothing: far, but not everything. */
const CLOSEST_THRESHOLD = 0.75;

/** Selection lookup: the best hits, or, when nothing matches, the closest entries to offer instead. */
export function lookup(searcher: Searcher, loose: Searcher, text: string): { hits: SearchHit[]; closest: SearchHit[] } {
  const query = selectionQuery(text);
  if (query.length === 0) return { hits: [], closest: [] };
  const hits = searcher.search(query, 5);
  return { hits, closest: hits.length > 0 ? [] : loose.search(query, 3) };
}

export const LOOSE_OPTIONS: IFuseOptions<SearchDoc> = { threshold: CLOSEST_THRESHOLD };
