/**
 * Character classes shared by the matcher, the knowledge compiler and search.
 * Pure and allocation-free on the hot path: the content script calls
 * `charClass` for every character of a page's text.
 */

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

function computeClass(code: number): CharClass {
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
