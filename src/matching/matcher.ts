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
import { insideAddress } from './address';
import { buildIndexArrays, decodeIndex, type IndexArrays } from './matcher-index';
import { CharClass, charClass, foldCase } from './normalize';
import { ASCII_CLASS, classOf, FNV_OFFSET, FNV_PRIME, KeySet, nextWordKey, wordEnd } from './word-keys';

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

  /**
   * Keys of words seen in scans that its index does not hold, when the index holds the words of the text it was
   * made for (see `matcherFor`): the page's words that arrived after it asked the background for their aliases.
   */
  readonly unseen: KeySet | null;
  /** Called when `unseen` gains its first key (again, after the caller emptied it). */
  onUnseen: (() => void) | null = null;

  /**
   * A matcher reading `index`, the lookup table of `table`'s aliases (see `matcherFor` and `decodedMatcher`, which
   * give it one).
   */
  constructor(
    readonly table: AliasTable,
    index: IndexArrays,
    unseen: KeySet | null = null,
  ) {
    this.unseen = unseen;
    this.mask = index.size - 1;
    this.keys = index.keys;
    this.firstCandidate = index.firstCandidate;
    this.candidates = index.candidates;
    this.secondWord = index.secondWord;
    this.thirdWord = index.thirdWord;
    this.candidateCount = index.candidateCount;
    this.flags = index.flags;
  }

  /** The keys its index holds: the first words of its aliases and, when it was made for some, the page's words. */
  knownWords(): KeySet {
    const words = new KeySet(this.keys.length >> 1);
    for (const k of this.keys) if (k !== 0) words.add(k);
    return words;
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
      if (key === 0) {
        const { unseen } = this;
        if (unseen !== null && unseen.add(h) && unseen.size === 1) this.onUnseen?.();
        continue;
      }
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

/**
 * The matcher for a table that came with its index (a page's: built by the background with the page's words,
 * MatcherIndex.words, so `unseen` collects the words it does not hold), decoded natively; null when the index
 * does not fit the table. (The content script decodes its tables' indexes itself, src/content/start.ts, and
 * makes its matchers with the constructor: it carries no code to build an index.)
 */
export function decodedMatcher(table: AliasTable, unseen: KeySet | null = null): Matcher | null {
  const index = decodeIndex(table.index, table.aliases.length);
  return index === null ? null : new Matcher(table, index, index.words === true ? unseen : null);
}

/**
 * A matcher for any table: the index that came with it, or one built here (a table put together by hand, or
 * changed since: an index that does not fit is never trusted).
 * @param known the keys of the words the table was made for (a page's, see table-subset.ts): the index is built
 *   with them, and `unseen` collects the words of later text that are not among them.
 */
export function matcherFor(table: AliasTable, { known, unseen }: { known?: KeySet; unseen?: KeySet } = {}): Matcher {
  if (known === undefined) {
    const decoded = decodedMatcher(table, unseen);
    if (decoded !== null) return decoded;
  }
  return new Matcher(
    table,
    buildIndexArrays(table.aliases, known?.toArray()),
    known === undefined ? null : (unseen ?? null),
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
