/**
 * Where the reader looks first: what is in view, then the article's body, scanned before the page's furniture
 * (menus, footers, related-story rails) and the text off screen, so that the first marks appear where the
 * reader is reading, soon, even on long pages. Touches the DOM; never `browser`.
 */
import { blockOf, isInline } from './collect-text';

/**
 * Containers that hold a page's main text, most specific first: schema.org's articleBody (most news sites
 * publish it for search engines), then <article> and <main>. An <article> that is a teaser in a list of many
 * is not the story: one is taken only when it is the page's only one.
 */
const ARTICLE_BODY = '[itemprop="articleBody"]';
const MAIN = 'main, [role="main"]';
/** Fewer paragraphs than this and the container is a teaser or an empty shell, not the story. */
const MIN_PARAGRAPHS = 3;

/** The element holding the page's main text, or null when the page has no clear one (a front page). */
export function articleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (body === null) return null;
  const candidates: (Element | null)[] = [body.querySelector(ARTICLE_BODY)];
  const articles = body.getElementsByTagName('article');
  if (articles.length === 1) candidates.push(articles[0]);
  candidates.push(body.querySelector(MAIN));
  for (const el of candidates) {
    // Counting paragraphs is native and cheap; textContent would copy every script's text too.
    if (el !== null && el.getElementsByTagName('p').length >= MIN_PARAGRAPHS) return el;
  }
  return null;
}

/** Points sampled across the viewport, in columns and rows: blocks of text under any of them are in view. */
const VIEW_COLUMNS = 3;
const VIEW_ROWS = 3;
/**
 * A block under a point with more elements than this is a container (a page wrapper hit between its columns),
 * not a block in view: taking it would scan most of the page first.
 */
const MAX_VIEW_ELEMENTS = 400;

/**
 * The blocks of text under points spread across the viewport, without one inside another, in the order met
 * (top to bottom). Asks the browser's hit testing (`elementFromPoint`), which reads the layout the browser has
 * made to paint the page; empty in a tab never shown (no viewport).
 */
export function blocksInView(doc: Document): Element[] {
  const win = doc.defaultView;
  const body = doc.body;
  if (win === null || body === null || win.innerWidth === 0 || win.innerHeight === 0) return [];
  const found: Element[] = [];
  for (let row = 0; row < VIEW_ROWS; row++) {
    for (let col = 0; col < VIEW_COLUMNS; col++) {
      const x = ((col + 0.5) * win.innerWidth) / VIEW_COLUMNS;
      const y = ((row + 0.5) * win.innerHeight) / VIEW_ROWS;
      const hit = doc.elementFromPoint(x, y);
      const block = hit !== null && isInline(hit) ? blockOf(hit) : hit;
      if (block === null || block.nodeType !== 1 || block === body || !body.contains(block)) continue;
      const el = block as Element;
      if (found.some((f) => f.contains(el))) continue;
      if (el.getElementsByTagName('*').length > MAX_VIEW_ELEMENTS) continue;
      for (let i = found.length - 1; i >= 0; i--) if (el.contains(found[i])) found.splice(i, 1);
      found.push(el);
    }
  }
  return found;
}
