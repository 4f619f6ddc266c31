/**
 * English words, for telling names that are common words ("Renaissance", "Reform") from names that are not
 * (see weak-aliases.ts). From the word-list package (SCOWL-derived, MIT), read at build time; never shipped.
 * Node-only.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | null = null;

export function commonWords(): ReadonlySet<string> {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words;
}
