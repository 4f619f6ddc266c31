/**
 * The keys of a page's words (word-keys.ts), for the background to answer with the aliases they can form (see
 * table-subset.ts). One pass over the body's text nodes: the least any scan of the page spends, plus a hash a
 * letter. Text that is not the page's to read (scripts, styles) is left out; text the page adds later, or past
 * PAGE_WORDS_LIMIT, the matcher finds unseen and the page asks again (src/content/start.ts).
 */
import { addWordKeys, KeySet, PAGE_WORDS_LIMIT } from '../matching/word-keys';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/**
 * Characters read at most, in one task: about 2 ms of hashing. A news article has some 30,000; the rest of a
 * heavier page is read by the scan, in slices, and its new words are asked about then.
 */
const SURVEY_CHARS = 1_000_000;

export function pageWords(doc: Document, extra: readonly string[] = []): KeySet {
  const keys = new KeySet(4096);
  for (const text of extra) addWordKeys(text, keys);
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let left = SURVEY_CHARS;
  for (let node = walker.nextNode(); node !== null && left > 0; node = walker.nextNode()) {
    const parent = node.parentNode;
    if (parent !== null && NOT_TEXT.has(parent.nodeName)) continue;
    const { data } = node as Text;
    addWordKeys(data.length > left ? data.slice(0, left) : data, keys);
    left -= data.length;
    if (keys.size >= PAGE_WORDS_LIMIT) break;
  }
  return keys;
}
