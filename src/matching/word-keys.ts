/**
 * Words' keys: a hash (FNV-1a) of a word's case-folded letters. The matcher looks each word of a page up by its
 * key; the page tells the background which words it has by their keys (see table-subset.ts). Pure.
 */
import { fromBase64, toBase64 } from './base64';
import { CharClass, charClass, foldCase } from './normalize';

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = charClass(c);

export function classOf(code: number): CharClass {
  return code < 128 ? ASCII_CLASS[code] : charClass(code);
}

/**
 * The key of the word text[start, end). It used to be only the first two letters, last letter and length: cheaper
 * per letter, but on news text half of all words then collided with some alias's first word ("Sudanese" with
 * "Suriname") and went on to the far dearer verification. Odd, so never 0 (an empty slot) nor NO_WORD.
 */
export function keyOf(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) {
    // fold(), inline: a call a character costs on a cold page.
    const c = text.charCodeAt(k);
    h = Math.imul(h ^ (c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCase(c)), FNV_PRIME);
  }
  return h | 1;
}

/** More separator characters than this (not counting white space) and two words are not one alias's. */
const MAX_PUNCTUATION = 8;
/** "No following word": even, so it never equals a word's key (those are odd), and not 0 ("not computed"). */
export const NO_WORD = 2;

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
export let wordEnd = 0;

/** The key of the word after the separator at `from`, or NO_WORD; sets `wordEnd`. */
export function nextWordKey(text: string, from: number): number {
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

/** The keys of an alias's first three words (0 for a word it does not have). Build time. */
export function wordKeys(text: string): [first: number, second: number, third: number] {
  let end = 0;
  while (end < text.length && classOf(text.charCodeAt(end)) === CharClass.Word) end++;
  const first = keyOf(text, 0, end);
  const second = nextWordKey(text, end);
  if (second === NO_WORD) return [first, 0, 0];
  const third = nextWordKey(text, wordEnd);
  return [first, second, third === NO_WORD ? 0 : third];
}

/** Adds the key of every word of `text` to `keys`. */
export function addWordKeys(text: string, keys: KeySet): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if ((c < 128 ? ASCII_CLASS[c] : charClass(c)) !== CharClass.Word) {
      i++;
      continue;
    }
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
    keys.add(h | 1);
  }
}

/**
 * A set of word keys (odd 32-bit integers), open addressing in one typed array: a page's few thousand distinct
 * words cost tens of kilobytes and no allocation per word, where a Set<number> costs several times that.
 */
/**
 * The most distinct words a page asks about (a long news page has some 3,000; a 5 MB page of random text more than
 * this): 200,000 keys are 800 KB, about 16 ms to pass to the background. Words past it are missed, not wrong.
 */
export const PAGE_WORDS_LIMIT = 200_000;
/**
 * The longest `words` a page's request may carry: PAGE_WORDS_LIMIT keys of four bytes, in base64 (four characters
 * for every three bytes, and a padded last group).
 */
export const PAGE_WORDS_BASE64_LIMIT = (PAGE_WORDS_LIMIT * 4 * 4) / 3 + 4;
/**
 * The most text a page sends the first time (see src/page/page-words.ts): a news article has some 30,000
 * characters; the rest of a heavier page is read by the scan, in slices, and its new words asked about then.
 */
export const PAGE_TEXT_LIMIT = 1_000_000;

/** Keys as a message carries them: base64 of their Int32Array. */
export function keysToBase64(keys: KeySet): string {
  return toBase64(new Uint8Array(keys.toArray().subarray(0, PAGE_WORDS_LIMIT).slice().buffer));
}

/** The keys of a message, or null when it holds none that could be keys. */
export function keysFromBase64(text: string): KeySet | null {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(text);
  } catch {
    return null;
  }
  if (bytes.byteLength % 4 !== 0) return null;
  const keys = new Int32Array(bytes.slice().buffer);
  const set = new KeySet(keys.length);
  // Keys are odd; anything else is not one (and 0 would mark an empty slot).
  for (const k of keys) if (k & 1) set.add(k);
  return set;
}

export class KeySet {
  private slots: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(n);
  }

  static from(keys: Iterable<number>): KeySet {
    const set = new KeySet();
    for (const k of keys) set.add(k);
    return set;
  }

  has(key: number): boolean {
    const { slots } = this;
    const mask = slots.length - 1;
    for (let s = key & mask; slots[s] !== 0; s = (s + 1) & mask) if (slots[s] === key) return true;
    return false;
  }

  /** Adds `key` (odd: 0 marks an empty slot); returns whether it was new. */
  add(key: number): boolean {
    const { slots } = this;
    const mask = slots.length - 1;
    let s = key & mask;
    for (; slots[s] !== 0; s = (s + 1) & mask) if (slots[s] === key) return false;
    slots[s] = key;
    if (++this.size * 2 > slots.length) this.grow();
    return true;
  }

  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  *[Symbol.iterator](): IterableIterator<number> {
    for (const k of this.slots) if (k !== 0) yield k;
  }

  toArray(): Int32Array {
    const out = new Int32Array(this.size);
    let i = 0;
    for (const k of this.slots) if (k !== 0) out[i++] = k;
    return out;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.size = 0;
    for (const k of old) if (k !== 0) this.add(k);
  }
}
