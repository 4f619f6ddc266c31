/**
 * Where the reader looks first: the article's body, scanned before the page's furniture (menus, footers,
 * related-story rails) so that the first marks appear where the reader is reading, soon, even on long pages.
 * Touches the DOM; never `browser`.
 */

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
