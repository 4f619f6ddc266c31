/**
 * Character classes shared by the matcher, the knowledge compiler and search.
 * Pure and allocation-free on the hot path: the content script calls
 * `charClass` for every character of a page's text.
 */
import { WORD_BOUNDS } from './word-ranges';

export const enum CharClass {
  Other = 0,
  /** A letter, digit or combining mark: part of a word. */
  Word = 1,
  /** Space, tab, newline, no-break space and the other Unicode spaces. */
  Space = 2,
  /** Hyphen-minus and the hyphens and dashes typesetters swap for it. */
  Hyphen = 3,
  /** Straight and curly apostrophes ("Japan’s", "NATO's"). */
  Apostrophe = 4,
}

const HYPHENS = '-\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d';
const APOSTROPHES = "'\u2018\u2019\u02bc\u2032\uff07";
const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

/**
 * 0 = not yet computed, otherwise CharClass + 1. Filled lazily: deciding
 * the class of all 65,536 code units up front would cost the page ~5 ms.
 */
const classes = new Uint8Array(65536);
for (let c = 0; c < 128; c++) classes[c] = computeClass(c) + 1;

/**
 * The classes of ASCII, Latin-1 and General Punctuation, where nearly every character of an English news page
 * lies, without the Unicode-property RegExp: run cold on each page load, that RegExp cost ~2 ms. -1 elsewhere.
 * tests/matching/normalize.test.ts checks every code point here against the RegExp.
 */
function fastClass(c: number): CharClass | -1 {
  if (c < 0x80) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return CharClass.Word;
    if (c === 32 || (c >= 9 && c <= 13)) return CharClass.Space;
    if (c === 45) return CharClass.Hyphen;
    if (c === 39) return CharClass.Apostrophe;
    return CharClass.Other;
  }
  if (c <= 0xff) {
    if (c === 0xa0) return CharClass.Space;
    if (c === 0xad) return CharClass.Hyphen;
    // ª ² ³ µ ¹ º ¼ ½ ¾ and the Latin-1 letters (not × ÷) are letters or numbers.
    if (c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba) return CharClass.Word;
    if (c >= 0xbc && c <= 0xbe) return CharClass.Word;
    if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) return CharClass.Word;
    return CharClass.Other;
  }
  if (c >= 0x2000 && c <= 0x206f) {
    if (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f) return CharClass.Space;
    if (c >= 0x2010 && c <= 0x2015) return CharClass.Hyphen;
    if (c === 0x2018 || c === 0x2019 || c === 0x2032) return CharClass.Apostrophe;
    return CharClass.Other;
  }
  return -1;
}

function computeClass(code: number): CharClass {
  const fast = fastClass(code);
  if (fast !== -1) return fast;
  return tableClass(code);
}

/** WORD_BOUNDS decoded: the start and end (exclusive) of each range of word characters above Latin-1. */
let wordBounds: Uint32Array | null = null;

function isWordInTable(code: number): boolean {
  if (wordBounds === null) {
    const deltas = WORD_BOUNDS.split(',');
    wordBounds = new Uint32Array(deltas.length);
    for (let i = 0, at = 0; i < deltas.length; i++) wordBounds[i] = at += parseInt(deltas[i], 36);
  }
  // The number of bounds at or below `code`: odd inside a range.
  let lo = 0;
  let hi = wordBounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wordBounds[mid] <= code) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

/**
 * The class of a code unit above Latin-1 outside General Punctuation, from generated ranges rather than the
 * Unicode-property RegExp: compiled cold on a page load, that cost ~2 ms (see scripts/gen-word-ranges.ts).
 */
function tableClass(code: number): CharClass {
  const ch = String.fromCharCode(code);
  if (HYPHENS.includes(ch)) return CharClass.Hyphen;
  if (APOSTROPHES.includes(ch)) return CharClass.Apostrophe;
  if (isWordInTable(code)) return CharClass.Word;
  // \s above Latin-1 and outside General Punctuation (which fastClass decides).
  if (code === 0x1680 || code === 0x3000 || code === 0xfeff) return CharClass.Space;
  return CharClass.Other;
}

/** The class by definition (letters, numbers and marks are word characters), with the RegExps: tests and build. */
export function regexClass(code: number): CharClass {
  const ch = String.fromCharCode(code);
  if (HYPHENS.includes(ch)) return CharClass.Hyphen;
  if (APOSTROPHES.includes(ch)) return CharClass.Apostrophe;
  // Surrogate halves count as word characters, so that no match starts or
  // ends inside an astral letter (a surrogate pair is one character to a reader).
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Word;
  if (WORD.test(ch)) return CharClass.Word;
  if (SPACE.test(ch)) return CharClass.Space;
  return CharClass.Other;
}

export function charClass(code: number): CharClass {
  const c = classes[code];
  if (c !== 0) return c - 1;
  const computed = computeClass(code);
  classes[code] = computed + 1;
  return computed;
}

/** Lower-cases one UTF-16 code unit; the hash of a word is over these. */
const folds = new Uint16Array(65536);
export function foldCase(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  const f = folds[code];
  if (f !== 0) return f;
  const lower = String.fromCharCode(code).toLowerCase();
  // Some characters lower-case to two units (İ -> i̇); keep those as they are.
  const folded = lower.length === 1 ? lower.charCodeAt(0) : code;
  folds[code] = folded;
  return folded;
}

/**
 * The key under which two spellings of an alias count as the same alias:
 * case-folded, Unicode-normalised, every run of spaces one space, every
 * hyphen or dash "-", every apostrophe "'".
 */
export function aliasKey(text: string): string {
  let out = '';
  let pendingSpace = false;
  const s = text.normalize('NFC').trim();
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Space) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    if (cls === CharClass.Hyphen) out += '-';
    else if (cls === CharClass.Apostrophe) out += "'";
    else out += String.fromCharCode(foldCase(code));
  }
  return out;
}
