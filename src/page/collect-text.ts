/**
 * Collects a page's readable text as chunks, one per block of inline content,
 * with a TreeWalker. A chunk joins the text nodes of one block so that a term
 * split by inline markup ("<b>Fumio</b> Kishida") is still one term, and a
 * word split across inline elements ("Japan<i>ese</i>") is not mistaken for
 * a shorter one. Touches the DOM; never `browser`.
 */

/** Elements whose text is not prose to explain, or not ours to touch. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
]);

/** Elements laid out inline by default: their text belongs to the surrounding block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
  'nobr',
]);

const enum Last {
  Nothing,
  Text,
  Skipped,
}

export interface TextChunk {
  /** The text of `nodes`, joined. */
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

/** Decides whether an element and everything inside it is left alone. */
export function isSkippedElement(el: Element, ownHost: Element | null): boolean {
  if (SKIPPED.has(el.localName) || el === ownHost) return true;
  // Editors are the reader's own writing surface: never mark inside them.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/** Is `node` inside an element whose text is left alone (code, a button, a hidden or editable region)? */
export function insideSkipped(node: Node, ownHost: Element | null): boolean {
  for (let a = node.parentNode; a !== null; a = a.parentNode) {
    if (a.nodeType === 1 && isSkippedElement(a as Element, ownHost)) return true;
  }
  return false;
}

/** The nearest ancestor that is not an inline element: the block a text node's chunk belongs to. */
export function blockOf(node: Node): Node | null {
  let el = node.parentNode;
  while (el !== null && el.nodeType === 1 && INLINE.has((el as Element).localName)) el = el.parentNode;
  return el;
}

/** Elements skipped for an attribute, found in one native query instead of reading attributes element by element. */
const SKIPPED_BY_ATTRIBUTE = '[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false"])';

/**
 * Walks `root` lazily: each call of `next()` returns one chunk, so a caller
 * can stop between chunks to keep its task short. The walker follows the
 * live DOM.
 *
 * Why it walks text nodes only: on a cold page every DOM call from script
 * costs far more than the work around it, and a page has about as many
 * elements as text nodes. So the TreeWalker shows only text, as the floor's
 * bare pass does, and the skip rules and the block of each text node's
 * parent are decided once per element, climbing only to the nearest element
 * already decided (cached); attribute rules come from one querySelectorAll.
 */
export class ChunkWalker {
  private readonly walker: TreeWalker;
  private done = false;
  /** For each element met: the block its text belongs to, or null when it is skipped. */
  private readonly blocks = new Map<Node, Node | null>();
  private readonly skippedByAttribute: Set<Element>;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  private pending: Text | null = null;
  private pendingBlock: Node | null = null;
  /** A skipped element (code, a button) ends the chunk: no term spans across it. */
  private broken = false;
  /** The walker's position as a chain of ancestors, saved before the caller yields to the page. */
  private saved: Node[] = [];
  /**
   * True once the walk resumed from an ancestor because the page removed the node it stood on: chunks may
   * then repeat text already returned, and the caller must forget old matches before adding new ones.
   */
  revisiting = false;

  constructor(
    readonly root: Node,
    private readonly ownHost: Element | null = null,
    /** Subtrees already scanned (what was in view, the article: scanned first): passed over. */
    exclude: Iterable<Node> = [],
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // 4 = NodeFilter.SHOW_TEXT (inlined: NodeFilter may be absent in tests' globals).
    this.walker = doc.createTreeWalker(root, 4);
    // Shadow roots (src/page/shadow-roots.ts): a shadow root (11) is walked like an element.
    this.skippedByAttribute = new Set(
      root.nodeType === 1 || root.nodeType === 11 ? (root as Element).querySelectorAll(SKIPPED_BY_ATTRIBUTE) : [],
    );
    if (root.nodeType === 1 && isSkippedElement(root as Element, ownHost)) this.done = true;
    for (const node of exclude) this.blocks.set(node, null);
  }

  /** The next chunk, or null when the walk is over. */
  next(): TextChunk | null {
    if (this.done) return null;
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    let block: Node | null = null;
    if (this.pending !== null) {
      block = this.pendingBlock;
      starts.push(0);
      nodes.push(this.pending);
      text = this.pending.data;
      this.pending = null;
    }
    const walker = this.walker;
    for (let t = walker.nextNode() as Text | null; t !== null; t = walker.nextNode() as Text | null) {
      const parent = t.parentNode;
      let b: Node | null;
      if (parent === this.lastParent) b = this.lastBlock;
      else {
        b = parent === null ? null : this.blockFor(parent);
        this.lastParent = parent;
        this.lastBlock = b;
      }
      if (b === null) {
        // Inside a skipped element: end the chunk there, and jump past the element's subtree.
        if (nodes.length > 0) this.broken = true;
        if (parent !== null) {
          let top = parent;
          for (let a = parent.parentNode; a !== null && this.blocks.get(a) === null; a = a.parentNode) top = a;
          this.skipPast(top);
        }
        continue;
      }
      const data = t.data;
      if (data.length === 0) continue;
      if (nodes.length > 0) {
        if (b !== block || this.broken || this.skippedJustBefore(t)) {
          this.broken = false;
          this.pending = t;
          this.pendingBlock = b;
          return { text, nodes, starts };
        }
      } else block = b;
      starts.push(text.length);
      nodes.push(t);
      text += data;
    }
    this.done = true;
    return nodes.length === 0 ? null : { text, nodes, starts };
  }

  /** Remembers where the walk stands, before the caller lets the page run (and perhaps change the DOM). */
  save(): void {
    this.saved = [];
    for (let n: Node | null = this.walker.currentNode; n !== null && n !== this.root; n = n.parentNode)
      this.saved.push(n);
  }

  /**
   * After the page ran: if it removed the node the walk stood on, a TreeWalker would go on inside the removed
   * subtree and end there, leaving the rest of the page unscanned. Resume instead from the deepest saved
   * ancestor still in the document (re-reading part of it; see `revisiting`).
   */
  restore(): void {
    if (this.done || this.walker.currentNode.isConnected || !this.root.isConnected) return;
    const anchor = this.saved.find((n) => n.isConnected) ?? this.root;
    this.walker.currentNode = anchor;
    if (this.pending !== null && !this.pending.isConnected) this.pending = null;
    this.revisiting = true;
  }

  /**
   * The block of text whose parent is `el`, or null when `el` or an ancestor is skipped. Climbs only to the
   * nearest element already decided, then decides the elements on the way down.
   */
  /**
   * Is an element that is skipped, with no text of its own (so the walk never met it), between `t` and the text
   * before it in its block? Such an element ends the chunk like any skipped one ("NATO<button></button>summit"
   * is two words). Looks back from `t`, up through inline parents, and stops at the first text it finds.
   */
  private skippedJustBefore(t: Text): boolean {
    for (let n: Node = t; ;) {
      for (let x = n.previousSibling; x !== null; x = x.previousSibling) {
        const found = this.lastOf(x);
        if (found !== Last.Nothing) return found === Last.Skipped;
      }
      const p = n.parentNode;
      if (p === null || p.nodeType !== 1 || !INLINE.has((p as Element).localName)) return false;
      n = p;
    }
  }

  /** What comes last in `x`'s subtree, of text and skipped elements (nothing when it has neither). */
  private lastOf(x: Node): Last {
    if (x.nodeType === 3) return (x as Text).data.length > 0 ? Last.Text : Last.Nothing;
    if (x.nodeType !== 1) return Last.Nothing;
    const el = x as Element;
    if (SKIPPED.has(el.localName) || this.skippedByAttribute.has(el) || el === this.ownHost) return Last.Skipped;
    for (let c = el.lastChild; c !== null; c = c.previousSibling) {
      const found = this.lastOf(c);
      if (found !== Last.Nothing) return found;
    }
    return Last.Nothing;
  }

  private blockFor(el: Node): Node | null {
    const blocks = this.blocks;
    const known = blocks.get(el);
    if (known !== undefined) return known;
    const chain: Node[] = [];
    /** The decision of the element above the chain; undefined above the root. */
    let above: Node | null | undefined;
    for (let a: Node | null = el; a !== null; a = a.parentNode) {
      const v = blocks.get(a);
      if (v !== undefined) {
        above = v;
        break;
      }
      chain.push(a);
      if (a === this.root) break;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const x = chain[i];
      let v: Node | null;
      if (above === null) v = null;
      else if (x.nodeType !== 1) v = x;
      else {
        const name = (x as Element).localName;
        if (SKIPPED.has(name) || this.skippedByAttribute.has(x as Element) || x === this.ownHost) v = null;
        else if (above !== undefined && INLINE.has(name)) v = above;
        else v = x;
      }
      blocks.set(x, v);
      above = v;
    }
    return above ?? null;
  }

  /** Moves the walk to the last node inside `el`, so that it goes on after `el`'s subtree. */
  private skipPast(el: Node): void {
    let last = el;
    while (last.lastChild !== null) last = last.lastChild;
    this.walker.currentNode = last;
  }
}

/** All chunks under `root` at once (tests and small subtrees). */
export function collectChunks(root: Node, ownHost: Element | null = null): TextChunk[] {
  const walker = new ChunkWalker(root, ownHost);
  const chunks: TextChunk[] = [];
  for (let c = walker.next(); c !== null; c = walker.next()) chunks.push(c);
  return chunks;
}
