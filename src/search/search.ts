/**
 * Searching the knowledge base: what the popup, selection lookup and the
 * background share. Pure: documents in, ranked results out.
 *
 * Fuse.js decides what matches and how well (misspellings like "Baerbok",
 * missing diacritics like "Rottgen", case), but not over every entry on every
 * keystroke: measured on 669 entries, `fuse.search` over titles, aliases and
 * summaries took p50 20 ms and p95 65 ms a keystroke (32 ms without the
 * summaries), against a budget of 5 ms. So an index built at build time picks
 * the candidates first, and Fuse's matcher (`Fuse.match`) scores only those:
 * - names (title, aliases, initials): the entries sharing enough letter
 *   trigrams with the query's words, which tolerates a wrong or missing letter;
 * - summaries: the entries whose summary has a word starting with a query
 *   word; Fuse scores those words, ranked after names.
 * Acronyms work both ways: aliases hold the expansions, and each title's and
 * multi-word alias's initials are a hidden name ("JSDF").
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
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

/** The prebuilt candidate index (build time): trigram -> entries, and summary word -> entries. */
export interface SearchIndex {
  trigrams: Record<string, number[]>;
  words: Record<string, number[]>;
}

/**
 * threshold 0.4 forgives a letter or two in a short name ("Baerbok") without
 * matching everything; ignoreLocation because a reader's word can be anywhere
 * in a name ("islands" in "Kuril Islands dispute").
 */
export const MATCH_OPTIONS: IFuseOptions<unknown> = {
  includeMatches: true,
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
};

/** Names come first: an initials match ranks a little after, a summary match well after. */
const ACRONYM_PENALTY = 0.05;
const SUMMARY_PENALTY = 0.25;
/** How many candidates Fuse scores per keystroke: enough for every result a reader would scroll to. */
const NAME_CANDIDATES = 30;
const SUMMARY_CANDIDATES = 20;
/** A candidate shares at least this share of the query's trigrams (a misspelt word still shares most). */
const TRIGRAM_SHARE = 0.3;

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'de']);

export function acronymOf(text: string): string | null {
  const parts = text.split(/[\s\-–]+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w.toLowerCase()));
  if (parts.length < 2) return null;
  return parts.map((w) => w[0].toUpperCase()).join('');
}

/** An entry as the search finds it: a bundled entry, or a reader's own (which has no subtitle). */
export function toSearchDoc(
  entry: Pick<Entry, 'id' | 'title' | 'category' | 'aliases' | 'summary'> & { subtitle?: string },
): SearchDoc {
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

/** Lower-case words without diacritics. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** A word's trigrams, padded so that its start counts ("  k", " ku" for a word beginning "ku"). */
function trigrams(word: string): string[] {
  const padded = `  ${word} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Adds a document to a key's list once (documents are added in order). */
function addOnce(map: Map<string, number[]>, key: string, doc: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [doc]);
  else if (list.at(-1) !== doc) list.push(doc);
}

/** Builds the candidate index the extension ships (build time). */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const tri = new Map<string, number[]>();
  const vocab = new Map<string, number[]>();
  const add = addOnce;
  docs.forEach((doc, i) => {
    for (const name of [doc.title, ...doc.aliases, ...doc.acronyms]) {
      for (const w of words(name)) for (const g of trigrams(w)) add(tri, g, i);
    }
    for (const w of words(doc.summary)) if (w.length >= 3) add(vocab, w, i);
  });
  return { trigrams: Object.fromEntries(tri), words: Object.fromEntries(vocab) };
}

export class Searcher {
  private readonly trigrams: Map<string, number[]>;
  private readonly vocabulary: [word: string, docs: number[]][];
  private readonly counts: Int16Array;

  constructor(
    readonly docs: readonly SearchDoc[],
    index: SearchIndex = buildSearchIndex(docs),
    private readonly options: IFuseOptions<unknown> = {},
  ) {
    this.trigrams = new Map(Object.entries(index.trigrams));
    this.vocabulary = Object.entries(index.words);
    this.counts = new Int16Array(docs.length);
  }

  search(query: string, limit = 12): SearchHit[] {
    const q = query.trim();
    if (q.length === 0) return [];
    const options = { ...MATCH_OPTIONS, ...this.options };
    const hits: SearchHit[] = [];
    for (const [i, summaryWords] of this.candidates(q)) {
      const hit = this.score(this.docs[i], q, summaryWords, options);
      if (hit) hits.push(hit);
    }
    return hits.toSorted((a, b) => a.score - b.score || a.title.length - b.title.length).slice(0, limit);
  }

  /**
   * Entries worth scoring: sharing trigrams with the query's words, or having a summary word that a query word
   * begins (with those words, for Fuse to score).
   */
  private candidates(query: string): Map<number, string[]> {
    const counts = this.counts;
    counts.fill(0);
    const queryWords = words(query);
    let total = 0;
    for (const w of queryWords) {
      for (const g of trigrams(w)) {
        total++;
        for (const i of this.trigrams.get(g) ?? []) counts[i]++;
      }
    }
    const need = Math.max(1, Math.floor(total * TRIGRAM_SHARE));
    const byName: number[] = [];
    for (let i = 0; i < counts.length; i++) if (counts[i] >= need) byName.push(i);
    const picked = new Map<number, string[]>();
    for (const i of byName.toSorted((a, b) => counts[b] - counts[a]).slice(0, NAME_CANDIDATES)) picked.set(i, []);
    let fromSummaries = 0;
    for (const w of queryWords) {
      if (w.length < 3) continue;
      for (const [word, docs] of this.vocabulary) {
        if (!word.startsWith(w)) continue;
        for (const i of docs) {
          const list = picked.get(i);
          if (list) list.push(word);
          else if (fromSummaries < SUMMARY_CANDIDATES) {
            picked.set(i, [word]);
            fromSummaries++;
          }
        }
      }
    }
    return picked;
  }

  /** Fuse's matcher over an entry's names, then its summary's words: the best match, penalised by where. */
  private score(
    doc: SearchDoc,
    query: string,
    summaryWords: string[],
    options: IFuseOptions<unknown>,
  ): SearchHit | null {
    let best: { score: number; text: string; ranges: [number, number][] } | null = null;
    const consider = (text: string, penalty: number, showRanges: boolean) => {
      const r = Fuse.match(query, text, options);
      if (!r.isMatch) return;
      const score = r.score + penalty;
      if (best === null || score < best.score) {
        best = {
          score,
          text: showRanges ? text : doc.title,
          ranges: showRanges ? ([...(r.indices ?? [])] as [number, number][]) : [],
        };
      }
    };
    consider(doc.title, 0, true);
    for (const alias of doc.aliases) consider(alias, 0, true);
    for (const acronym of doc.acronyms) consider(acronym, ACRONYM_PENALTY, false);
    if (best === null || (best as { score: number }).score > SUMMARY_PENALTY) {
      // Fuse scores the summary's words that a query word begins, not the whole text.
      for (const w of summaryWords) consider(w, SUMMARY_PENALTY, false);
    }
    if (best === null) return null;
    const found = best as { score: number; text: string; ranges: [number, number][] };
    return {
      id: doc.id,
      title: doc.title,
      ...(doc.subtitle ? { subtitle: doc.subtitle } : {}),
      category: doc.category,
      matched: { text: found.text, ranges: found.ranges },
      score: found.score,
    };
  }
}

export function searcherFrom(
  docs: readonly SearchDoc[],
  index: SearchIndex,
  options?: IFuseOptions<unknown>,
): Searcher {
  return new Searcher(docs, index, options);
}

/** How far "the closest entries" may be from a query that matched nothing: far, but not everything. */
const CLOSEST_THRESHOLD = 0.75;
export const LOOSE_OPTIONS: IFuseOptions<unknown> = { threshold: CLOSEST_THRESHOLD };

/** Selection lookup: the best hits, or, when nothing matches, the closest entries to offer instead. */
export function lookup(searcher: Searcher, loose: Searcher, text: string): { hits: SearchHit[]; closest: SearchHit[] } {
  const query = selectionQuery(text);
  if (query.length === 0) return { hits: [], closest: [] };
  const hits = searcher.search(query, 5);
  return { hits, closest: hits.length > 0 ? [] : loose.search(query, 3) };
}
