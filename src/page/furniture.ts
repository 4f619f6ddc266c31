/**
 * What on a page is the article, and what is furniture: navigation, mastheads and footers, menus, tag lists,
 * bylines and credits, "related" and "most read" rails, comments, cookie banners, widgets, link lists. Gloss
 * paints terms only in the article (its headline, standfirst, body and captions), or, on a front or section
 * page where there is no one article, anywhere but in the furniture. Furniture is still read: what it names is
 * evidence for the page's meaning ("Hong Kong" in a menu tells what "SAR" means below).
 *
 * Decided as Readability and trafilatura do, from structure and text statistics, cheaply enough for every page:
 * - Structure: <nav>, <footer>, <aside>, a <header> that does not hold the headline, ARIA landmark roles
 *   (navigation, banner, contentinfo, complementary, search, dialog, ...), and class or id names that
 *   publishers use for furniture (Readability's "unlikely candidates", extended with news sites' own:
 *   byline, share, newsletter, most-read, cookie, consent, ...).
 * - The article: schema.org `articleBody` where the publisher marks it; else the container whose paragraphs
 *   carry the most prose (Readability's paragraph scoring: a point a paragraph, one a comma, one a hundred
 *   characters up to three, half to the grandparent) with its siblings that score nearly as well (a story split
 *   into several columns). Too little prose under any one container: a front page, with no one article.
 * - Inside the article: short blocks that are mostly link text ("Read more: ...", lists of related stories).
 * Each element is decided once (cached), climbing only to the nearest ancestor already decided.
 * Touches the DOM; never `browser`.
 */

/** Elements that are furniture wherever they are. */
const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'dialog', 'menu']);
/** ARIA roles of furniture landmarks and widgets. */
const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'toolbar',
  'tablist',
  'marquee',
]);
/**
 * Class and id names of furniture, each a word at the start of a name or after "-", "_" or a space
 * ("site-nav", "c-footer__links", "mostRead"). Strong: furniture even where the name also says "article"
 * ("related-articles").
 */
const STRONG_HINT =
  /(?:^|[\s_-])(?:nav|menu|footer|breadcrumb|byline|share|sharing|social|comment|disqus|cookie|consent|gdpr|newsletter|subscribe|signup|promo|sponsor|advert|outbrain|taboola|related|recommend|most-?read|mostread|most-?popular|popular|trending|tags|tag-list|taglist|keywords|topics|copyright|credit|masthead|sidebar|widget|weather|ticker|paywall|skip|pagination|pager|author|contributor|timestamp|dateline|published)/;
/** Weak: furniture unless the same name also says it holds content ("article-header", "story-meta" is still weak). */
const WEAK_HINT =
  /(?:^|[\s_-])(?:header|banner|meta|extra|ad|ads|toolbar|utility|tools|legal|disclaimer|login)(?:$|[\s_-])/;
const CONTENT_HINT = /article|body|content|story|main|post|entry|headline|caption|summary|standfirst|dek/;
/** A hint names a whole page's wrapper, not furniture, when the element holds more than this share of the page. */
const MAX_HINTED_SHARE = 0.3;

/** A heading shorter than this is a section label ("World"), not a headline. */
const MIN_HEADLINE_CHARS = 15;
/** A figure's caption. */
const CAPTION = 'figcaption, figure, [class*="caption"]';
/** A paragraph shorter than this is a label or a teaser, not prose (Readability: 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** Longer than this, a "paragraph" is a wrapper with no block inside it (a whole page in spans), not prose. */
const MAX_PARAGRAPH_CHARS = 4000;
/** Prose under one container, in characters, below which the page has no one article (a front page). */
const MIN_ARTICLE_CHARS = 900;
const MIN_ARTICLE_PARAGRAPHS = 3;
/** Paragraphs read at most for scoring (a front page can have thousands of tiny ones). */
const MAX_PARAGRAPHS = 3000;
/** The story is the first container scoring at least this share of the best (later ones: the next stories). */
const FIRST_SHARE = 0.2;
/** A sibling of the best container joins the article when it scores at least this share of it (Readability: 0.2). */
const SIBLING_SHARE = 0.2;
/** The headline's container is the article's header when it holds less text than this (h1, standfirst, byline). */
const MAX_HEADER_CHARS = 1500;
/** Inside the article, a block this short whose text is at least LINK_DENSITY links is a link list or a "read more". */
const LINK_BLOCK_CHARS = 300;
const LINK_DENSITY = 0.5;

export interface Article {
  /** The containers of the article's text. */
  roots: Element[];
  /** The headline (h1), and its container when that is the article's header (headline, standfirst). */
  header: Element[];
}

export class Furniture {
  /** For each element decided: true when it is furniture by structure (it or an ancestor). */
  private readonly structural = new Map<Element, boolean>();
  /** For each block decided: whether its terms are painted. */
  private readonly decided = new Map<Element, boolean>();
  private readonly bodyElements: number;
  /** Null on a front page (and while the article is being found). */
  article: Article | null = null;

  constructor(private readonly doc: Document) {
    this.bodyElements = doc.body?.getElementsByTagName('*').length ?? 0;
    this.article = this.findArticle();
    // Decided while the article was not yet known: a wrapper holding it could have been taken for furniture.
    this.structural.clear();
  }

  /** Are terms in this block painted? (False for furniture; on an article page, for anything outside it.) */
  paints(block: Element): boolean {
    let v = this.decided.get(block);
    if (v === undefined) {
      v = !this.isStructural(block) && (this.article === null || (this.inArticle(block) && !linkBlock(block)));
      this.decided.set(block, v);
    }
    return v;
  }

  /** Furniture by structure: the element or an ancestor (cached; climbs to the nearest decided ancestor). */
  isStructural(el: Element): boolean {
    const chain: Element[] = [];
    let verdict = false;
    for (let a: Element | null = el; a !== null; a = a.parentElement) {
      const known = this.structural.get(a);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(a);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      if (!verdict) verdict = this.isFurnitureItself(chain[i]);
      this.structural.set(chain[i], verdict);
    }
    return verdict;
  }

  private isFurnitureItself(el: Element): boolean {
    const name = el.localName;
    if (name === 'body' || name === 'html' || name === 'main' || name === 'article') return false;
    // What holds the article or its headline is never furniture, whatever its name ("has-sidebar" wrappers).
    if (this.article !== null && this.holdsArticle(el)) return false;
    const role = el.getAttribute('role');
    if (FURNITURE_TAGS.has(name) || (role !== null && FURNITURE_ROLES.has(role))) {
      // A page header holding the story's headline is the article's header (role=banner is the site's).
      return !((name === 'header' || role === 'banner') && el.getElementsByTagName('h1').length > 0);
    }
    if (name === 'header') return el.getElementsByTagName('h1').length === 0;
    const names = `${el.id} ${el.getAttribute('class') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    if (names.length <= 1) return false;
    const hinted = STRONG_HINT.test(names) || (WEAK_HINT.test(names) && !CONTENT_HINT.test(names));
    if (!hinted) return false;
    // A page's wrapper named for a layout ("page-with-sidebar") holds much of the page: not furniture.
    return el.getElementsByTagName('*').length <= MAX_HINTED_SHARE * this.bodyElements;
  }

  private holdsArticle(el: Element): boolean {
    const a = this.article!;
    return a.roots.some((r) => el.contains(r)) || a.header.some((h) => el.contains(h));
  }

  private inArticle(block: Element): boolean {
    const a = this.article!;
    if (a.roots.some((r) => r.contains(block)) || a.header.some((h) => h.contains(block))) return true;
    // The lead picture's caption, between the headline and the body (4: following the headline; 2: preceding
    // the body).
    const headline = a.header[0];
    return (
      headline !== undefined &&
      block.closest(CAPTION) !== null &&
      (headline.compareDocumentPosition(block) & 4) !== 0 &&
      (a.roots[0].compareDocumentPosition(block) & 2) !== 0
    );
  }

  private findArticle(): Article | null {
    const doc = this.doc;
    const body = doc.body;
    if (body === null) return null;
    let roots: Element[] = [];
    const marked = [...body.querySelectorAll('[itemprop="articleBody"]')];
    if (marked.length > 0 && prose(marked).chars >= MIN_ARTICLE_CHARS) roots = marked;
    // <div>s written as paragraphs are read only when the <p>s hold no article (CNN): reading every text-only
    // <div> of every page cost several milliseconds of set-up on large pages.
    else roots = this.bestContainers(body, false);
    if (roots.length === 0 && marked.length === 0) roots = this.bestContainers(body, true);
    if (roots.length === 0) return null;
    return { roots, header: headerOf(doc, roots[0], this) };
  }

  /** Readability's paragraph scoring, in short: the container whose paragraphs carry the most prose, and its peers. */
  private bestContainers(body: HTMLElement, withDivs: boolean): Element[] {
    const scores = new Map<Element, number>();
    const chars = new Map<Element, number>();
    const count = new Map<Element, number>();
    for (const p of paragraphsOf(body, withDivs)) {
      // Comments and rails have paragraphs too: never the article.
      if (this.isStructural(p)) continue;
      const text = p.textContent ?? '';
      const length = text.trim().length;
      if (length < MIN_PARAGRAPH_CHARS || length > MAX_PARAGRAPH_CHARS) continue;
      const parent = p.parentElement;
      if (parent === null) continue;
      const score = 1 + (text.match(/,/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3);
      scores.set(parent, (scores.get(parent) ?? 0) + score);
      chars.set(parent, (chars.get(parent) ?? 0) + length);
      count.set(parent, (count.get(parent) ?? 0) + 1);
      const grand = parent.parentElement;
      if (grand !== null && grand !== body) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
    }
    let best = 0;
    for (const s of scores.values()) best = Math.max(best, s);
    // The first container that holds an article's worth of prose and scores near the best: a page that appends
    // the next stories as the reader scrolls has several, and its own story comes first (the Map keeps the
    // order in which containers were met, which is document order).
    let top: Element | null = null;
    for (const [el, s] of scores) {
      if (
        s >= FIRST_SHARE * best &&
        (chars.get(el) ?? 0) >= MIN_ARTICLE_CHARS &&
        (count.get(el) ?? 0) >= MIN_ARTICLE_PARAGRAPHS
      ) {
        top = el;
        break;
      }
    }
    if (top === null) return [];
    const topScore = scores.get(top)!;
    const roots = [top];
    const parent = top.parentElement;
    if (parent !== null) {
      for (const sibling of parent.children) {
        if (sibling !== top && (scores.get(sibling) ?? 0) >= SIBLING_SHARE * topScore && (chars.get(sibling) ?? 0) > 0)
          roots.push(sibling);
      }
    }
    return roots;
  }
}

/** Elements that end a paragraph: a <div> holding none of them is a paragraph written as a <div> (Readability). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** The page's paragraphs: its <p>s, and the <div>s that hold text but no block (CNN writes its stories so). */
function paragraphsOf(body: HTMLElement, withDivs: boolean): Element[] {
  const found: Element[] = [...body.getElementsByTagName('p')].slice(0, MAX_PARAGRAPHS);
  if (!withDivs) return found;
  const divs = body.getElementsByTagName('div');
  for (let i = 0; i < divs.length && found.length < MAX_PARAGRAPHS; i++) {
    const div = divs[i];
    if (div.firstElementChild === null && div.firstChild === null) continue;
    let leaf = true;
    for (let c = div.firstElementChild; c !== null && leaf; c = c.nextElementSibling) leaf = !BLOCKS.has(c.localName);
    if (leaf) found.push(div);
  }
  return found;
}

/** The paragraphs' prose under these containers. */
function prose(roots: Element[]): { chars: number } {
  let chars = 0;
  for (const r of roots) for (const p of r.getElementsByTagName('p')) chars += (p.textContent ?? '').trim().length;
  // An articleBody without <p> (text in <div>s): its own text.
  if (chars === 0) for (const r of roots) chars += (r.textContent ?? '').trim().length;
  return { chars };
}

/**
 * The article's headline: an h1 inside the article, or else the last h1 before it that is not furniture; with
 * its container when that is a small header (headline, standfirst, byline: the byline is furniture by name).
 */
function headerOf(doc: Document, first: Element, furniture: Furniture): Element[] {
  const h1s = [...doc.getElementsByTagName('h1')];
  let headline: Element | null = h1s.find((h) => first.contains(h)) ?? null;
  // 2 = Node.DOCUMENT_POSITION_PRECEDING: `h` comes before `first`.
  const before = (h: Element) => (first.compareDocumentPosition(h) & 2) !== 0 && !furniture.isStructural(h);
  headline ??= h1s.filter(before).at(-1) ?? null;
  if (headline === null) {
    // No <h1> (some sites write the headline as an <h2>): the heading that the page's title begins with.
    const title = doc.title.trim();
    headline =
      [...doc.querySelectorAll('[itemprop="headline"], h2')].find((h) => {
        const text = (h.textContent ?? '').trim();
        return text.length >= MIN_HEADLINE_CHARS && title.startsWith(text) && before(h);
      }) ??
      h1s.find((h) => !furniture.isStructural(h)) ??
      null;
  }
  if (headline === null) return [];
  const header: Element[] = [headline];
  const box = headline.parentElement;
  if (box !== null && !box.contains(first) && (box.textContent ?? '').length <= MAX_HEADER_CHARS) header.push(box);
  return header;
}

/** A short block that is mostly link text: a list of links, a "Read more: ..." line. */
function linkBlock(block: Element): boolean {
  const text = block.textContent ?? '';
  const length = text.trim().length;
  if (length === 0 || length > LINK_BLOCK_CHARS) return false;
  let linked = 0;
  for (const a of block.getElementsByTagName('a')) linked += (a.textContent ?? '').trim().length;
  // The block itself inside a link (a teaser's headline).
  if (linked === 0 && block.closest('a') !== null) linked = length;
  return linked / length >= LINK_DENSITY;
}
