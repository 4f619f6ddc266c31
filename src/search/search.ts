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
  /** How much less likely a reader means it, all else equal (see FAMILIARITY_PRIOR); absent: 0. */
  prior?: number;
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
/**
 * How many candidates Fuse scores per keystroke: enough for every result a reader would scroll to, and for the
 * right one among the many that share a short query's letters at 10,000 entries and more.
 */
const NAME_CANDIDATES = 150;
/** A word's first trigrams count this much more towards a candidate: readers rarely get a name's start wrong. */
const WORD_START_WEIGHT = 2;
/**
 * A name within this many edits (letters missing, extra, wrong or swapped) of the query, for its length, scores by
 * that distance: "qad" is one edit from "Quad" and two from "Chad", which Fuse's bitap scores alike.
 */
const EDITS_ALLOWED = (length: number) => (length <= 2 ? 0 : length <= 7 ? 1 : 2);
/**
 * A name that matched only as Fuse's letters-anywhere match, not word for word (each query word the start of one
 * of the name's words, or a typo of one), is this much further: "OpenAI" is not "Free and Open Indo-Pacific".
 */
const NOT_WORD_FOR_WORD = 0.15;
/** A name the query is only part of ranks after one it is ("Article 9" before "Article 9 of the GDPR"). */
const NOT_WHOLE_NAME = 0.001;
/** A name whose first letter the query does not share is this much further: readers rarely get it wrong. */
const FIRST_LETTER_PENALTY = 0.15;
/** An edit-distance score is the share of the name's letters edited, times this (a typo scores like Fuse's near miss). */
const EDIT_WEIGHT = 0.8;
const SUMMARY_CANDIDATES = 20;
/** A candidate shares at least this share of the query's trigrams (a misspelt word still shares most). */
const TRIGRAM_SHARE = 0.3;
/** ...and at least this share of what the candidate sharing most of them shares. */
const BEST_SHARE = 0.6;

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'de']);

/**
 * A query as it is searched: a leading article dropped ("the Quad", "the Kremlin": an entry's name may carry it or
 * not, and readers type it either way), unless the article is all there is.
 */
export function searchQuery(query: string): string {
  const q = query.trim().replace(/\s+/g, ' ');
  const bare = q.replace(/^(the|a|an)\s+/i, '');
  return bare.length > 0 ? bare : q;
}

const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein with adjacent swaps), or `max + 1` once it must exceed `max`.
 * Small strings, a few hundred a keystroke: a plain table.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three rows, reused from call to call (hundreds a keystroke: fresh ones kept the garbage collector busy).
  if (ROWS[0].length <= n) for (let r = 0; r < 3; r++) ROWS[r] = new Int32Array(n * 2 + 2);
  let [prev2, prev, cur] = ROWS;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

export function acronymOf(text: string): string | null {
  const parts = text.split(/[\s\-–]+/).filter((w) => w.length > 0 && !STOP_WORDS.has(w.toLowerCase()));
  if (parts.length < 2) return null;
  return parts.map((w) => w[0].toUpperCase()).join('');
}

/** An entry as the search finds it: a bundled entry, or a reader's own (which has no subtitle). */
/**
 * With tens of thousands of entries, a query is often a letter or two from several names: "Merkle" from Angela
 * Merkel and from Senator Jeff Merkley. Readers mostly look up names in the news, so a better-known entry ranks
 * first when the spelling alone cannot tell; a small prior, below one edit's weight for an exact match to win.
 */
const FAMILIARITY_PRIOR: Record<Entry['familiarity'], number> = { common: 0, known: 0.02, specialist: 0.04 };
/**
 * Entries generated from open data (a province of Uzbekistan, a member of a foreign cabinet) are the long tail: they
 * rank after curated ones that match about as well ("qad" is the Quad, not a region whose name holds "qad").
 */
const GENERATED_PRIOR = 0.06;

/** Search documents for a validated knowledge base: the generated tier (knowledge/data/) ranks after the curated. */
export function toSearchDocs(knowledge: {
  entries: readonly Parameters<typeof toSearchDoc>[0][];
  fileOf: ReadonlyMap<string, string>;
}): SearchDoc[] {
  return knowledge.entries.map((entry) => {
    const doc = toSearchDoc(entry);
    if (!/(^|\/)knowledge\/data\//.test(knowledge.fileOf.get(entry.id) ?? '')) return doc;
    return { ...doc, prior: (doc.prior ?? 0) + GENERATED_PRIOR };
  });
}

export function toSearchDoc(
  entry: Pick<Entry, 'id' | 'title' | 'category' | 'aliases' | 'summary'> & {
    subtitle?: string;
    familiarity?: Entry['familiarity'];
  },
): SearchDoc {
  const prior = entry.familiarity === undefined ? 0 : FAMILIARITY_PRIOR[entry.familiarity];
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
    ...(prior > 0 ? { prior } : {}),
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

/** A query as every candidate is scored against it, folded once a keystroke. */
interface Query {
  /** Fuse's matcher for it. */
  fuse: FuseQuery;
  /** Lower case, without diacritics, words joined by one space. */
  folded: string;
  /** How many words it has. */
  words: number;
  /** Its words less stop words. */
  wanted: string[];
}

export class Searcher {
  private readonly trigrams: Map<string, number[]>;
  /** Summary words in code-unit order, so the words a query word begins are one run found by binary search. */
  private readonly vocabulary: [word: string, docs: number[]][];
  private readonly counts: Int16Array;
  private readonly names: ({ names: Name[]; acronyms: Name[] } | undefined)[];

  constructor(
    readonly docs: readonly SearchDoc[],
    index: SearchIndex = buildSearchIndex(docs),
    private readonly options: IFuseOptions<unknown> = {},
  ) {
    this.trigrams = new Map(Object.entries(index.trigrams));
    this.vocabulary = Object.entries(index.words).toSorted((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.counts = new Int16Array(docs.length);
    this.names = Array.from({ length: docs.length });
  }

  search(query: string, limit = 12): SearchHit[] {
    const q = searchQuery(query);
    if (q.length === 0) return [];
    const options = { ...MATCH_OPTIONS, ...this.options };
    const hits: SearchHit[] = [];
    /** Where each hit ranks: its score, plus its entry's prior unless the name was typed exactly (score 0). */
    const rank = new Map<SearchHit, number>();
    const folded = fold(q);
    const scored: Query = {
      fuse: new FuseQuery(q, options),
      folded,
      words: folded.split(' ').length,
      wanted: folded.split(' ').filter((w) => !STOP_WORDS.has(w)),
    };
    for (const [i, summaryWords] of this.candidates(q)) {
      const hit = this.score(i, scored, summaryWords);
      if (!hit) continue;
      hits.push(hit);
      rank.set(hit, hit.score + (hit.score > 0 ? (this.docs[i].prior ?? 0) : 0));
    }
    return hits.toSorted((a, b) => rank.get(a)! - rank.get(b)! || a.title.length - b.title.length).slice(0, limit);
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
      trigrams(w).forEach((g, k) => {
        // The first two trigrams ("  q", " qu") are the word's start.
        const weight = k < 2 ? WORD_START_WEIGHT : 1;
        total += weight;
        for (const i of this.trigrams.get(g) ?? []) counts[i] += weight;
      });
    }
    let best = 0;
    for (let i = 0; i < counts.length; i++) if (counts[i] > best) best = counts[i];
    // A share of the query's trigrams, and of the best candidate's: a long query ("North Atlantic Treaty
    // Organization") shares a word with hundreds of names, which Fuse need not score once one shares them all.
    const need = Math.max(1, Math.floor(total * TRIGRAM_SHARE), Math.ceil(best * BEST_SHARE));
    const byName: number[] = [];
    for (let i = 0; i < counts.length; i++) if (counts[i] >= need) byName.push(i);
    const picked = new Map<number, string[]>();
    for (const i of byName.toSorted((a, b) => counts[b] - counts[a]).slice(0, NAME_CANDIDATES)) picked.set(i, []);
    let fromSummaries = 0;
    for (const w of queryWords) {
      if (w.length < 3) continue;
      for (let v = this.firstWordFrom(w); v < this.vocabulary.length; v++) {
        const [word, docs] = this.vocabulary[v];
        if (!word.startsWith(w)) break;
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

  /** The first vocabulary word at or after `prefix` in code-unit order. */
  private firstWordFrom(prefix: string): number {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocabulary[mid][0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Fuse's matcher over an entry's names, then its summary's words: the best match, penalised by where. */
  /** A document's names (title first, then aliases) and initials, made on first use. */
  private namesOf(i: number): { names: Name[]; acronyms: Name[] } {
    let found = this.names[i];
    if (found === undefined) {
      const doc = this.docs[i];
      found = this.names[i] = {
        names: [doc.title, ...doc.aliases].map(nameOf),
        acronyms: doc.acronyms.map(nameOf),
      };
    }
    return found;
  }

  private score(
    i: number,
    { fuse, folded, words: queryWords, wanted }: Query,
    summaryWords: string[],
  ): SearchHit | null {
    const doc = this.docs[i];
    let best: { score: number; text: string; ranges: [number, number][] } | null = null;
    const consider = (name: Name, penalty: number, showRanges: boolean, wordForWord = wordsAgree(wanted, name)) => {
      const r = fuse.match(name);
      const near = nameDistance(folded, queryWords, name);
      if (!r.isMatch && near === null) return;
      const score =
        Math.min(r.isMatch ? r.score : 1, near === null ? 1 : near.score) +
        penalty +
        (wordForWord ? 0 : NOT_WORD_FOR_WORD) +
        (name.words.length <= queryWords ? 0 : NOT_WHOLE_NAME);
      if (best === null || score < best.score) {
        const ranges = r.isMatch ? ([...(r.indices ?? [])] as [number, number][]) : near!.ranges;
        best = { score, text: showRanges ? name.text : doc.title, ranges: showRanges ? ranges : [] };
      }
    };
    const { names, acronyms } = this.namesOf(i);
    for (const name of names) consider(name, 0, true);
    for (const acronym of acronyms) consider(acronym, ACRONYM_PENALTY, false);
    if (best === null || (best as { score: number }).score > SUMMARY_PENALTY) {
      // Fuse scores the summary's words that a query word begins, not the whole text.
      for (const w of summaryWords) consider(nameOf(w), SUMMARY_PENALTY, false, true);
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

/** Only printable ASCII: lower-casing keeps the length, and Fuse's diacritics pass changes nothing. */
const ASCII = /^[ -~]*$/;
/**
 * A name as every keystroke compares it: its words and its lower-cased form, made once (normalising the same few
 * hundred candidates' names on each keystroke cost more than comparing them).
 */
export interface Name {
  text: string;
  /** Lower case when the name is ASCII, else null (see FuseQuery). */
  lower: string | null;
  words: string[];
}

export function nameOf(text: string): Name {
  return { text, lower: ASCII.test(text) ? text.toLowerCase() : null, words: words(text) };
}

type FuseResult = ReturnType<typeof Fuse.match>;
const NO_MATCH: FuseResult = { isMatch: false, score: 1 };

/**
 * `Fuse.match(query, name, options)` for one keystroke's query against a few hundred names, with the same results
 * and less work where query and name are ASCII (most are):
 * - a name that holds the query letter for letter scores as Fuse's bitap scores it (0 when it is the query, 0.001
 *   elsewhere, each place it occurs marked: fuse.js src/search/bitap/search.ts), without running the bitap;
 * - a name that shares too few of the query's letters to match within the threshold (each missing letter is an
 *   error) is not handed to Fuse;
 * - Fuse gets the other names lower-cased once, so it neither lower-cases them nor strips diacritics on every call.
 * Anything else (diacritics, a one-letter query, a query longer than the bitap's 32 letters) goes to Fuse as is.
 */
export class FuseQuery {
  private readonly lower: string | null;
  /** A one-letter query, lower-cased, when Fuse's rules for it can be followed without the bitap (see match). */
  private readonly letter: string | null;
  private readonly asciiOptions: IFuseOptions<unknown>;
  private readonly threshold: number;
  /** How often each (printable ASCII) letter occurs in the lower-cased query, and a copy to count down. */
  private readonly letters = new Int16Array(128);
  private readonly scratch = new Int16Array(128);

  constructor(
    private readonly query: string,
    private readonly options: IFuseOptions<unknown>,
  ) {
    const simple =
      ASCII.test(query) &&
      query.length >= (options.minMatchCharLength ?? 1) &&
      query.length >= 2 &&
      query.length <= 32 &&
      options.ignoreLocation === true &&
      options.isCaseSensitive !== true;
    this.lower = simple ? query.toLowerCase() : null;
    if (this.lower !== null) for (let i = 0; i < this.lower.length; i++) this.letters[this.lower.charCodeAt(i)]++;
    const oneLetter =
      /^[ -~]$/.test(query) &&
      options.minMatchCharLength === 2 &&
      options.ignoreLocation === true &&
      options.isCaseSensitive !== true &&
      (options.threshold ?? 0.6) < 1;
    this.letter = oneLetter ? query.toLowerCase() : null;
    this.asciiOptions = { ...options, isCaseSensitive: true, ignoreDiacritics: false };
    this.threshold = options.threshold ?? 0.6;
  }

  match(name: Name): FuseResult {
    if (this.letter !== null && name.lower !== null) return this.matchLetter(name.lower, this.letter);
    const q = this.lower;
    const lower = name.lower;
    if (q === null || lower === null) return Fuse.match(this.query, name.text, this.options);
    if (lower === q) return { isMatch: true, score: 0, indices: [[0, q.length - 1]] };
    let at = lower.indexOf(q);
    if (at >= 0) {
      const indices: [number, number][] = [];
      for (; at >= 0; at = lower.indexOf(q, at + q.length)) {
        const last = indices.at(-1);
        if (last !== undefined && last[1] + 1 === at) last[1] = at + q.length - 1;
        else indices.push([at, at + q.length - 1]);
      }
      return { isMatch: true, score: 0.001, indices };
    }
    if (!this.canMatch(q, lower)) return NO_MATCH;
    return Fuse.match(q, lower, this.asciiOptions);
  }

  /**
   * Could Fuse's bitap match the query in the name at all? A match with k errors lines up at least
   * `query.length - k` of the query's letters with letters of the name, so a name that shares fewer of them (counted
   * with repeats) than the threshold allows cannot match, and Fuse need not be asked.
   */
  private canMatch(q: string, lower: string): boolean {
    const left = this.scratch;
    left.set(this.letters);
    let shared = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (left[c] > 0) {
        left[c]--;
        shared++;
      }
    }
    return (q.length - shared) / q.length <= this.threshold;
  }

  /**
   * Fuse on a one-letter query, with a match at least two letters long: a name that is the letter, or lacks it, does
   * not match; one that has it matches only where it is doubled ("ss"), each such run marked, scoring 0.001.
   */
  private matchLetter(lower: string, letter: string): FuseResult {
    if (lower === letter || !lower.includes(letter)) return NO_MATCH;
    const indices: [number, number][] = [];
    for (let i = 0; i < lower.length; i++) {
      if (lower[i] !== letter) continue;
      let end = i;
      while (end + 1 < lower.length && lower[end + 1] === letter) end++;
      if (end > i) indices.push([i, end]);
      i = end;
    }
    return indices.length > 0 ? { isMatch: true, score: 0.001, indices } : NO_MATCH;
  }
}

/** Lower case, without diacritics, words joined by one space. */
function fold(text: string): string {
  return words(text).join(' ');
}

/** Does each of the query's words begin one of the name's words, or come within a typo of one? */
function wordsAgree(queryWords: readonly string[], name: Name): boolean {
  const named = name.words;
  return queryWords.every((w) => {
    const max = EDITS_ALLOWED(w.length);
    return named.some((n) => n.startsWith(w) || (n[0] === w[0] && editDistance(w, n, max) <= max));
  });
}

/**
 * How near a name (or a run of as many of its words as the query has) is to the query, by edit distance, when it
 * is within EDITS_ALLOWED: its score, and the run's place in the name (where it can be found as typed).
 */
function nameDistance(
  query: string,
  queryWords: number,
  name: Name,
): { score: number; ranges: [number, number][] } | null {
  const max = EDITS_ALLOWED(query.length);
  if (max === 0) return null;
  const named = name.words;
  let best: number | null = null;
  let bestRun = '';
  for (let w = 0; w + queryWords <= named.length; w++) {
    const run = queryWords === 1 ? named[w] : named.slice(w, w + queryWords).join(' ');
    const d = editDistance(query, run, max);
    if (d <= max && (best === null || d / run.length < best)) {
      best = d / Math.max(run.length, query.length);
      bestRun = run;
    }
  }
  if (best === null) return null;
  if (bestRun[0] !== query[0]) best += FIRST_LETTER_PENALTY / EDIT_WEIGHT;
  // The run in the name as written, when it is there letter for letter but for case (for the highlight).
  const at = (name.lower ?? name.text.toLowerCase()).indexOf(bestRun);
  return { score: best * EDIT_WEIGHT, ranges: at >= 0 ? [[at, at + bestRun.length - 1]] : [] };
}

export function searcherFrom(
  docs: readonly SearchDoc[],
  index: SearchIndex,
  options?: IFuseOptions<unknown>,
): Searcher {
  return new Searcher(docs, index, options);
}

/** How far Fuse looks for "the closest entries" to a query that matched nothing (CLOSE_MAX then decides). */
const CLOSEST_THRESHOLD = 0.75;
export const LOOSE_OPTIONS: IFuseOptions<unknown> = { threshold: CLOSEST_THRESHOLD };

/**
 * The best result must score at most this for Gloss to say it has an entry for the query; otherwise it says it
 * has none. Set from data (tests/search/search.test.ts holds both lists): the right entry for 46 queries readers
 * type, typos and dropped letters included ("qad", "Putn", "Netanyahoo"), scores at most 0.2; the best result for
 * names Gloss has no entry for (Ardern, Newsom, OpenAI, Tesla, "Banana Republic") 0.3 or more, except where the
 * name is a letter away from a real one ("Walz" and the Berlin Wall): spelling alone cannot tell those apart.
 */
export const HIT_MAX = 0.2;
/**
 * With no entry for the query, results up to this score are offered as the closest: a letter or two away from a
 * name, or a summary that uses the word. Above it they merely share letters.
 */
export const CLOSE_MAX = 0.3;

export interface SearchAnswer {
  hits: SearchHit[];
  /** When there are no hits: entries close enough to offer (may be empty: then Gloss has nothing near). */
  closest: SearchHit[];
}

/** Results (best first) as an answer: hits when the best is good enough, else at most `closestLimit` close ones. */
export function searchAnswer(results: readonly SearchHit[], closestLimit = 3): SearchAnswer {
  if (results.length > 0 && results[0].score <= HIT_MAX) return { hits: [...results], closest: [] };
  return { hits: [], closest: results.filter((h) => h.score <= CLOSE_MAX).slice(0, closestLimit) };
}

/** Selection lookup: the best hits, or, when Gloss has no entry for the text, the closest entries if any are close. */
export function lookup(searcher: Searcher, loose: Searcher, text: string): SearchAnswer {
  const query = selectionQuery(text);
  if (query.length === 0) return { hits: [], closest: [] };
  const answer = searchAnswer(searcher.search(query, 5));
  if (answer.hits.length > 0 || answer.closest.length > 0) return answer;
  return searchAnswer(loose.search(query, 3));
}
