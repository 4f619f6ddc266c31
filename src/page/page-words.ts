/**
 * A page's text, for the background to answer with the aliases its words can form (see table-subset.ts). One pass
 * over the body's text nodes, reading each one's text and nothing else: the least any scan of the page spends.
 * The background, not the page, cuts it into words and hashes them. Text that is not the page's to read (scripts,
 * styles) is left out; text the page adds later, or past PAGE_TEXT_LIMIT, the matcher finds unseen and the page
 * asks again (src/content/start.ts).
 */
import { PAGE_TEXT_LIMIT } from '../matching/word-keys';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export function pageText(doc: Document, extra: readonly string[] = []): string {
  const parts = [...extra];
  let left = PAGE_TEXT_LIMIT;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null && left > 0; node = walker.nextNode()) {
    const parent = node.parentNode;
    if (parent !== null && NOT_TEXT.has(parent.nodeName)) continue;
    const { data } = node as Text;
    parts.push(data.length > left ? data.slice(0, left) : data);
    left -= data.length + 1;
  }
  // One text node's words never run into the next one's.
  return parts.join('\n');
}
