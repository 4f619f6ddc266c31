/**
 * Finds every alias of the knowledge base in a text, in one left-to-right pass.
 *
 * Why this shape: measured in Chromium on the shared corpus, one RegExp
 * alternation of 2,300 aliases cost a median 2.5x a bare TreeWalker pass and
 * ~25 ms to build per page; an object-trie Aho-Corasick 5.1x and 33-54 ms to
 * build. Here each word of the text gets a key (a hash of its case-folded
 * letters, computed while finding the word's end: no allocation) that is
 * looked up in a flat open-addressing table of the aliases' first words, so
 * the cost per character does not grow with the number of aliases. A
 * first-word hit also compares the next word's key before the alias itself is
 * compared, applying its case rule, hyphen/space/apostrophe equivalences and
 * the boundary rules. The table is built at build time and decoded natively
 * on each page load.
 *
 * Pure: no DOM, no browser APIs.
 */
import { type AliasTable, AliasFlag, CaseCode } from './alias-table';
import { fromBase64, toBase64 } from './base64';
import { insideAddress } from './address';
import { CharClass, charClass, foldCase } from './normalize';

/** Output of `scan`: flat triples, for speed. */
export interface ScanResult {
  /** [start, end, aliasIndex, start, end, aliasIndex, ...] of terms, non-overlapping, in order. */
  matches: number[];
  /** Alias indices of context words (hints) found, possibly repeated. */
  hints: number[];
  /** When present, where each hint starts (parallel to `hints`): a caller that joined texts tells them apart. */
  hintStarts?: number[];
}

/**
 * Joins texts that one `scan` reads at once (the page's blocks, a few thousand characters at a time): one call
 * per block cost ~2 µs in overhead alone, more than scanning its words. No alias spans it: an alias's space
 * matches the newlines, and nothing matches the NUL between them; the boundary and address rules see a
 * space either side, as at the edges of a text scanned alone.
 */
export const TEXT_SEPARATOR = '\n\u0000\n';

/** Where a scan in parts stands: the next place to read, and the end of the last match (the next may not overlap it). */
export interface ScanPosition {
  next: number;
  lastEnd: number;
}

/**
 * Finds the end of a run of white space, natively: its `lastIndex` after a `test` from inside the run is one
 * past the first character that is not white space. `\s` is CharClass.Space by definition (see normalize.ts),
 * so the scan skips exactly what its own loop would. `test` allocates nothing, unlike `exec`.
 */
const NOT_SPACE = /\S/g;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = charClass(c);

function classOf(code: number): CharClass {
  return code < 128 ? ASCII_CLASS[code] : charClass(code);
}

/**
 * A word's key: a hash (FNV-1a) of its case-folded letters. `scan` computes it while finding where the word
 * ends. It used to be only the first two letters, last letter and length: cheaper per letter, but on news text
 * half of all words then collided with some alias's first word ("Sudanese" with "Suriname", "senators" with
 * "sanctions") and went on to the far dearer `verify`.
 */
function keyOf(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) {
    // fold(), inline: a call a character costs on a cold page.
    const c = text.charCodeAt(k);
    h = Math.imul(h ^ (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCase(c)), FNV_PRIME);
  }
  return h | 1;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The keys of an alias's first three words (0 for a word it does not have). Build time. */
function wordKeys(text: string): [first: number, second: number, third: number] {
  let end = 0;
  while (end < text.length && classOf(text.charCodeAt(end)) === CharClass.Word) end++;
  const first = keyOf(text, 0, end);
  const second = nextWordKey(text, end);
  if (second === NO_WORD) return [first, 0, 0];
  const third = nextWordKey(text, wordEnd);
  return [first, second, third === NO_WORD ? 0 : third];
}

/**
 * The matcher's lookup table, built at build time and shipped with the alias table: an open-addressing table
 * of first-word keys, each slot pointing into the candidate list (each first word's aliases, longest first),
 * with each candidate's second-word key and each alias's flags. It travels as one base64 string of the typed
 * arrays the matcher reads, laid out as INDEX_LAYOUT says, so the page decodes it natively and copies nothing.
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
}

/** Byte offsets of the index's arrays in its data. */
function indexLayout(size: number, n: number) {
  const keys = 0;
  const first = keys + size * 4;
  const candidates = first + size * 4;
  const second = candidates + n * 4;
  const third = second + n * 4;
  const count = third + n * 4;
  const flags = count + size * 2;
  return { keys, first, candidates, second, third, count, flags, bytes: flags + n };
}

export function buildMatcherIndex(aliases: AliasTable['aliases']): MatcherIndex {
  const n = aliases.length;
  const first = new Int32Array(n);
  const second = new Int32Array(n);
  const third = new Int32Array(n);
  for (let a = 0; a < n; a++) [first[a], second[a], third[a]] = wordKeys(aliases[a][0]);
  // At most half full (counting distinct first words), so a lookup that misses ends after a probe or two.
  const distinct = new Set(first).size;
  let size = 16;
  while (size < distinct * 2) size *= 2;
  const mask = size - 1;
  const layout = indexLayout(size, n);
  const buffer = new ArrayBuffer(layout.bytes);
  const keys = new Int32Array(buffer, layout.keys, size);
  const start = new Int32Array(buffer, layout.first, size);
  const candidates = new Int32Array(buffer, layout.candidates, n);
  const secondWord = new Int32Array(buffer, layout.second, n);
  const thirdWord = new Int32Array(buffer, layout.third, n);
  const count = new Uint16Array(buffer, layout.count, size);
  const flags = new Uint8Array(buffer, layout.flags, n);
  const slotOf = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const h = first[a];
    let slot = h & mask;
    while (keys[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
    keys[slot] = h;
    count[slot]++;
    slotOf[a] = slot;
    flags[a] = aliases[a][1];
  }
  for (let slot = 0, sum = 0; slot < size; slot++) {
    start[slot] = sum;
    sum += count[slot];
  }
  // Longest alias first within a first word: the longest match wins. (Stable: equal lengths keep their order.)
  const order = Array.from(aliases.keys()).toSorted((x, y) => aliases[y][0].length - aliases[x][0].length);
  const cursor = start.slice();
  for (const a of order) {
    const k = cursor[slotOf[a]]++;
    candidates[k] = a;
    secondWord[k] = second[a];
    thirdWord[k] = third[a];
  }
  return { size, n, data: toBase64(new Uint8Array(buffer)) };
}

export class Matcher {
  /** Open-addressing table: first-word key per slot (0 = empty). */
  private readonly keys: Int32Array;
  /** For each slot, where its candidates start in `candidates` and how many. */
  private readonly firstCandidate: Int32Array;
  private readonly candidateCount: Uint16Array;
  /** Alias indices grouped by first word, longest alias first. */
  private readonly candidates: Int32Array;
  /**
   * For each candidate, the key of its alias's second word (0 for one-word aliases): many aliases can share a
   * first word ("Ministry of ...", "Prime Minister ..."), and comparing the next word's key rejects all but the
   * right ones without walking each alias.
   */
  private readonly secondWord: Int32Array;
  /** And of its third word: "U.S." begins some sixty aliases, and a news page says "U.S." a lot. */
  private readonly thirdWord: Int32Array;
  private readonly mask: number;
  readonly flags: Uint8Array;

  constructor(readonly table: AliasTable) {
    // Runs on every page load, cold: so the lookup table comes prebuilt with the alias table (see
    // buildMatcherIndex) and this only decodes it, natively, and takes views of its arrays.
    // An index that does not fit the aliases (a table put together by hand) is rebuilt, never trusted.
    const index =
      table.index !== undefined && table.index.n === table.aliases.length && typeof table.index.data === 'string'
        ? table.index
        : buildMatcherIndex(table.aliases);
    const { size, n } = index;
    const layout = indexLayout(size, n);
    const bytes = fromBase64(index.data);
    const buffer = bytes.byteOffset === 0 && bytes.byteLength === layout.bytes ? bytes.buffer : bytes.slice().buffer;
    this.mask = size - 1;
    this.keys = new Int32Array(buffer, layout.keys, size);
    this.firstCandidate = new Int32Array(buffer, layout.first, size);
    this.candidates = new Int32Array(buffer, layout.candidates, n);
    this.secondWord = new Int32Array(buffer, layout.second, n);
    this.thirdWord = new Int32Array(buffer, layout.third, n);
    this.candidateCount = new Uint16Array(buffer, layout.count, size);
    this.flags = new Uint8Array(buffer, layout.flags, n);
  }

  /** Scans `text`, appending to `out` (so callers can reuse arrays). */
  scan(text: string, out: ScanResult = { matches: [], hints: [] }): ScanResult {
    return this.scanPart(text, out, { next: 0, lastEnd: 0 }, text.length);
  }

  /**
   * Scans the words of `text` that start from `at.next` and before `until`, and moves `at` on. A very long
   * text (a 5 MB paragraph) scanned in parts, with the page's own work in between, gives the very same matches
   * and hints as one scan: a term that starts before `until` is read whole.
   */
  scanPart(text: string, out: ScanResult, at: ScanPosition, until: number): ScanResult {
    const { keys, mask, firstCandidate, candidateCount, candidates, secondWord, thirdWord, flags } = this;
    const n = text.length;
    let lastEnd = at.lastEnd;
    let i = at.next;
    at.next = n;
    while (i < n) {
      let c = text.charCodeAt(i);
      while ((c < 128 ? ASCII_CLASS[c] : charClass(c)) !== CharClass.Word) {
        // Most of a page's text is the indentation of its HTML source (86% of the corpus's largest pages):
        // a run of white space is passed natively rather than a character at a time (see NOT_SPACE).
        if (c <= 32 && i + 1 < n && text.charCodeAt(i + 1) <= 32) {
          // (A control character is no space: then the run is found to end where it starts, and is stepped over.)
          NOT_SPACE.lastIndex = i;
          i = NOT_SPACE.test(text) ? Math.max(NOT_SPACE.lastIndex - 1, i + 1) : n;
        } else i++;
        if (i >= n) {
          at.lastEnd = lastEnd;
          return out;
        }
        c = text.charCodeAt(i);
      }
      const start = i;
      if (start >= until) {
        at.next = start;
        break;
      }
      // The word's key (keyOf, inline): case folded, ASCII letters and digits with one OR.
      let h = Math.imul(FNV_OFFSET ^ (c < 128 ? c | 32 : foldCase(c)), FNV_PRIME);
      while (++i < n) {
        c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_CLASS[c] !== CharClass.Word) break;
          h = Math.imul(h ^ (c | 32), FNV_PRIME);
        } else {
          if (charClass(c) !== CharClass.Word) break;
          h = Math.imul(h ^ foldCase(c), FNV_PRIME);
        }
      }
      h |= 1;
      let slot = h & mask;
      let key = keys[slot];
      while (key !== 0 && key !== h) {
        slot = (slot + 1) & mask;
        key = keys[slot];
      }
      if (key === 0) continue;
      const from = firstCandidate[slot];
      const to = from + candidateCount[slot];
      let matched = false;
      // The keys of the text's next two words, computed on first need.
      let following = 0;
      let secondEnd = 0;
      let then = 0;
      for (let k = from; k < to; k++) {
        const wanted = secondWord[k];
        if (wanted !== 0) {
          if (following === 0) {
            following = nextWordKey(text, i);
            secondEnd = wordEnd;
          }
          if (wanted !== following) continue;
          const wanted3 = thirdWord[k];
          if (wanted3 !== 0) {
            if (then === 0) then = nextWordKey(text, secondEnd);
            if (wanted3 !== then) continue;
          }
        }
        const a = candidates[k];
        const isHint = (flags[a] & AliasFlag.Hint) !== 0;
        if (!isHint && (matched || start < lastEnd)) continue;
        const end = this.verify(text, start, a);
        if (end < 0) continue;
        if (isHint) {
          out.hints.push(a);
          out.hintStarts?.push(start);
        } else if (flags[a] & AliasFlag.NotTerm) {
          // The longest match is a phrase that names something else: nothing here to mark.
          lastEnd = end;
          matched = true;
        } else {
          out.matches.push(start, end, a);
          lastEnd = end;
          matched = true;
        }
      }
    }
    at.lastEnd = lastEnd;
    return out;
  }

  /** Does alias `a` occur at `start`? Returns where it ends, or -1. */
  verify(text: string, start: number, a: number): number {
    const alias = this.table.aliases[a][0];
    const rule = this.flags[a] & AliasFlag.CaseMask;
    const n = text.length;
    let t = start;
    let prev = CharClass.Space;
    for (let k = 0; k < alias.length; k++) {
      const ac = alias.charCodeAt(k);
      const acls = classOf(ac);
      if (t >= n) return -1;
      const tc = text.charCodeAt(t);
      const tcls = classOf(tc);
      switch (acls) {
        case CharClass.Space:
          if (tcls !== CharClass.Space) return -1;
          while (t < n && classOf(text.charCodeAt(t)) === CharClass.Space) t++;
          break;
        case CharClass.Hyphen:
          // "Self-Defense" also matches "Self Defense" and "Self–Defense".
          if (tcls !== CharClass.Hyphen && tcls !== CharClass.Space) return -1;
          t++;
          break;
        case CharClass.Apostrophe:
          if (tcls !== CharClass.Apostrophe) return -1;
          t++;
          break;
        case CharClass.Word:
          if (tc !== ac) {
            const folds = rule === CaseCode.Any || (rule === CaseCode.Name && prev !== CharClass.Word);
            if (!folds || foldCase(tc) !== foldCase(ac)) return -1;
          }
          t++;
          break;
        default:
          if (tc !== ac) return -1;
          t++;
      }
      prev = acls;
    }
    if (t < n && prev === CharClass.Word) {
      const next = text.charCodeAt(t);
      const nextCls = classOf(next);
      if (nextCls === CharClass.Word) return -1;
      // "Article 9.1" and "Article 9,000" are longer numbers, not Article 9.
      if (
        (next === 46 || next === 44) &&
        isDigit(alias.charCodeAt(alias.length - 1)) &&
        t + 1 < n &&
        isDigit(text.charCodeAt(t + 1))
      ) {
        return -1;
      }
    }
    if (insideAddress(text, start, t)) return -1;
    return t;
  }
}

/** More separator characters than this (not counting white space) and two words are not one alias's. */
const MAX_PUNCTUATION = 8;
/** "No following word": even, so it never equals a word's hash (those are odd), and not 0 ("not computed"). */
const NO_WORD = 2;

/**
 * Where the word after the separator at `from` starts, or -1. White space may run any length (pretty-printed
 * HTML puts newlines and indentation inside text), other separators a few characters ("U.S.-Japan").
 */
function nextWordStart(text: string, from: number): number {
  let i = from;
  let punctuation = 0;
  for (; i < text.length; i++) {
    const cls = classOf(text.charCodeAt(i));
    if (cls === CharClass.Word) break;
    if (cls !== CharClass.Space && ++punctuation > MAX_PUNCTUATION) return -1;
  }
  return i === from || i >= text.length ? -1 : i;
}

/** Where the word whose key nextWordKey returned last ends (its one result besides the key, without allocation). */
let wordEnd = 0;

/** The key of the word after the separator at `from`, or NO_WORD; sets `wordEnd`. */
function nextWordKey(text: string, from: number): number {
  const start = nextWordStart(text, from);
  if (start < 0) {
    wordEnd = from;
    return NO_WORD;
  }
  let end = start + 1;
  while (end < text.length && classOf(text.charCodeAt(end)) === CharClass.Word) end++;
  wordEnd = end;
  return keyOf(text, start, end);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
