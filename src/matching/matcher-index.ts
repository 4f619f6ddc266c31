/**
 * Builds the matcher's lookup table (see MatcherIndex in alias-table.ts): at build time for the whole knowledge
 * base, which the background then queries for each page's aliases (table-subset.ts), and in the background for each
 * page's small table, with the page's words, so the page decodes it natively rather than building it cold. Kept
 * apart from the matcher, which only reads the table. Pure.
 */
import type { AliasTable, MatcherIndex } from './alias-table';
import { fromBase64, toBase64 } from './base64';
import { wordKeys } from './word-keys';

/** Byte offsets of the index's arrays in its data. */
export function indexLayout(size: number, n: number) {
  const keys = 0;
  const first = keys + size * 4;
  const candidates = first + size * 4;
  const second = candidates + n * 4;
  const third = second + n * 4;
  const count = third + n * 4;
  const flags = count + size * 2;
  return { keys, first, candidates, second, third, count, flags, bytes: flags + n };
}

/** The index's arrays, as views of one buffer. */
export function indexArrays(buffer: ArrayBuffer, size: number, n: number) {
  const layout = indexLayout(size, n);
  return {
    keys: new Int32Array(buffer, layout.keys, size),
    firstCandidate: new Int32Array(buffer, layout.first, size),
    candidates: new Int32Array(buffer, layout.candidates, n),
    secondWord: new Int32Array(buffer, layout.second, n),
    thirdWord: new Int32Array(buffer, layout.third, n),
    candidateCount: new Uint16Array(buffer, layout.count, size),
    flags: new Uint8Array(buffer, layout.flags, n),
  };
}

export type IndexArrays = ReturnType<typeof indexArrays> & { size: number; n: number; words?: boolean };

/**
 * Builds the index of `aliases`. `known`: keys of words that begin no alias but that the caller has already
 * asked about (the page's words): they get a slot with no candidates, so the matcher can tell a word it has
 * never seen (an empty slot) from one known to begin nothing.
 */
export function buildIndexArrays(aliases: AliasTable['aliases'], known: Int32Array = new Int32Array(0)): IndexArrays {
  const n = aliases.length;
  const first = new Int32Array(n);
  const second = new Int32Array(n);
  const third = new Int32Array(n);
  for (let a = 0; a < n; a++) [first[a], second[a], third[a]] = wordKeys(aliases[a][0]);
  // At most half full (counting distinct first words), so a lookup that misses ends after a probe or two.
  // (A page's first words are among its known words: counted once, the index that travels to the page is smaller.)
  const distinct = new Set([...first, ...known]).size;
  let size = 16;
  while (size < distinct * 2) size *= 2;
  const mask = size - 1;
  const buffer = new ArrayBuffer(indexLayout(size, n).bytes);
  const arrays = indexArrays(buffer, size, n);
  const { keys, firstCandidate: start, candidates, secondWord, thirdWord, candidateCount: count, flags } = arrays;
  const slotFor = (h: number) => {
    let slot = h & mask;
    while (keys[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
    keys[slot] = h;
    return slot;
  };
  const slotOf = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    const slot = slotFor(first[a]);
    count[slot]++;
    slotOf[a] = slot;
    flags[a] = aliases[a][1];
  }
  for (let i = 0; i < known.length; i++) slotFor(known[i]);
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
  return { ...arrays, size, n };
}

/**
 * The index as it travels, as base64. `words`: the keys of the words of the page it is made for (see
 * buildIndexArrays's `known`); the index then says so, and the page's matcher collects the words it finds in no slot.
 */
export function buildMatcherIndex(aliases: AliasTable['aliases'], words?: Int32Array): MatcherIndex {
  const { size, n, keys } = buildIndexArrays(aliases, words);
  const index: MatcherIndex = { size, n, data: toBase64(new Uint8Array(keys.buffer)) };
  if (words !== undefined) index.words = true;
  return index;
}

/** The arrays of an index built at build time (decoded natively: see base64.ts), or null when it does not fit. */
export function decodeIndex(index: MatcherIndex | undefined, aliases: number): IndexArrays | null {
  if (index === undefined || index.n !== aliases || typeof index.data !== 'string') return null;
  const { size, n } = index;
  const bytes = fromBase64(index.data);
  if (bytes.byteLength !== indexLayout(size, n).bytes) return null;
  const buffer =
    bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
  return { ...indexArrays(buffer as ArrayBuffer, size, n), size, n, words: index.words === true };
}
