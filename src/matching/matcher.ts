/**
 * Finds every alias of the knowledge base in a text, in one left-to-right pass.
 *
 * Why this shape: measured in Chromium on the shared corpus, one RegExp
 * alternation of 2,300 aliases cost a median 2.5x a bare TreeWalker pass and
 * ~25 ms to build per page; an object-trie Aho-Corasick 5.1x and 33-54 ms to
 * build. Here each word of the text is hashed once (FNV-1a over case-folded
 * code units, no allocation) and looked up in a flat open-addressing table of
 * the aliases' first words, so the cost per character does not grow with the
 * number of aliases. Only a first-word hit (rare) compares the alias itself,
 * applying its case rule, hyphen/space/apostrophe equivalences and the
 * boundary rules. The table is built from the compiled alias list in well
 * under a millisecond.
 *
 * Pure: no DOM, no browser APIs.
 */
import { type AliasTable, AliasFlag, CaseCode } from './alias-table';
import { CharClass, charClass, foldCase } from './normalize';

/** Output of `scan`: flat triples, for speed. */
export interface ScanResult {
  /** [start, end, aliasIndex, start, end, aliasIndex, ...] of terms, non-overlapping, in order. */
  matches: number[];
  /** Alias indices of context words (hints) found, possibly repeated. */
  hints: number[];
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** How far to look either side of a match for signs of an e-mail address or a URL. */
const URL_LOOKAROUND = 120;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = charClass(c);

function classOf(code: number): CharClass {
  return code < 128 ? ASCII_CLASS[code] : charClass(code);
}

function hashWord(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ foldCase(text.charCodeAt(i)), FNV_PRIME);
  return h | 1; // 0 marks an empty slot
}

export class Matcher {
  /** Open-addressing table: first-word hash per slot (0 = empty). */
  private readonly keys: Int32Array;
  /** For each slot, where its candidates start in `candidates` and how many. */
  private readonly firstCandidate: Int32Array;
  private readonly candidateCount: Int32Array;
  /** Alias indices grouped by first word, longest alias first. */
  private readonly candidates: Int32Array;
  private readonly mask: number;
  readonly texts: string[];
  readonly flags: Uint8Array;

  constructor(readonly table: AliasTable) {
    const n = table.aliases.length;
    this.texts = table.aliases.map(([text]) => text);
    this.flags = new Uint8Array(n);
    const byHash = new Map<number, number[]>();
    for (let a = 0; a < n; a++) {
      const [text, flags] = table.aliases[a];
      this.flags[a] = flags;
      let end = 0;
      while (end < text.length && classOf(text.charCodeAt(end)) === CharClass.Word) end++;
      const h = hashWord(text, 0, end);
      const list = byHash.get(h);
      if (list) list.push(a);
      else byHash.set(h, [a]);
    }
    let size = 16;
    while (size < byHash.size * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.firstCandidate = new Int32Array(size);
    this.candidateCount = new Int32Array(size);
    this.candidates = new Int32Array(n);
    let next = 0;
    for (const [h, list] of byHash) {
      list.sort((x, y) => this.texts[y].length - this.texts[x].length);
      let slot = h & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = h;
      this.firstCandidate[slot] = next;
      this.candidateCount[slot] = list.length;
      for (const a of list) this.candidates[next++] = a;
    }
  }

  /** Scans `text`, appending to `out` (so callers can reuse arrays). */
  scan(text: string, out: ScanResult = { matches: [], hints: [] }): ScanResult {
    const { keys, mask, firstCandidate, candidateCount, candidates, flags } = this;
    const n = text.length;
    let lastEnd = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      while ((c < 128 ? ASCII_CLASS[c] : charClass(c)) !== CharClass.Word) {
        if (++i >= n) return out;
        c = text.charCodeAt(i);
      }
      const start = i;
      let h = FNV_OFFSET;
      for (;;) {
        h = Math.imul(h ^ (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCase(c)), FNV_PRIME);
        if (++i >= n) break;
        c = text.charCodeAt(i);
        if ((c < 128 ? ASCII_CLASS[c] : charClass(c)) !== CharClass.Word) break;
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
      for (let k = from; k < to; k++) {
        const a = candidates[k];
        const isHint = (flags[a] & AliasFlag.Hint) !== 0;
        if (!isHint && (matched || start < lastEnd)) continue;
        const end = this.verify(text, start, a);
        if (end < 0) continue;
        if (isHint) {
          out.hints.push(a);
        } else {
          out.matches.push(start, end, a);
          lastEnd = end;
          matched = true;
        }
      }
    }
    return out;
  }

  /** Does alias `a` occur at `start`? Returns where it ends, or -1. */
  verify(text: string, start: number, a: number): number {
    const alias = this.texts[a];
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

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Is [start, end) part of an e-mail address or a URL? Looks at the run of
 * non-space characters around it: "mp.office@parliament.uk",
 * "https://www.nato.int/...", "www.un.org", "example.com/nato".
 */
export function insideAddress(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  // Fast path: a match between spaces or ordinary punctuation is not in an address.
  if (!isAddressChar(before) && !isAddressChar(after)) return false;
  let s = start;
  const minS = Math.max(0, start - URL_LOOKAROUND);
  while (s > minS && classOf(text.charCodeAt(s - 1)) !== CharClass.Space) s--;
  let e = end;
  const maxE = Math.min(text.length, end + URL_LOOKAROUND);
  while (e < maxE && classOf(text.charCodeAt(e)) !== CharClass.Space) e++;
  const run = text.slice(s, e);
  return /@|:\/\/|^\(?www\.|\.[a-z]{2,}\//i.test(run) || before === 47 || after === 47;
}

/** Characters that join words into addresses: . @ / : _ = ? # & % + ~ */
function isAddressChar(code: number): boolean {
  return (
    code === 46 ||
    code === 64 ||
    code === 47 ||
    code === 58 ||
    code === 95 ||
    code === 61 ||
    code === 63 ||
    code === 35 ||
    code === 38 ||
    code === 37 ||
    code === 43 ||
    code === 126
  );
}
