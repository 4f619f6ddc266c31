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

/** The nearest ancestor that is not an inline element: the block a text node's chunk belongs to. */
export function blockOf(node: Node): Node | null {
  let el = node.parentNode;
  while (el !== null && el.nodeType === 1 && INLINE.has((el as Element).localName)) el = el.parentNode;
  return el;
}

/**
 * Walks `root` lazily: each call of `next()` returns one chunk, so a caller
 * can stop between chunks to keep its task short. The walker follows the
 * live DOM.
 */
export class ChunkWalker {
  private readonly walker: TreeWalker;
  private done = false;
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
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // 1 | 4 = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT (constants inlined: NodeFilter may be absent in tests' globals).
    this.walker = doc.createTreeWalker(root, 1 | 4);
    if (root.nodeType === 1 && isSkippedElement(root as Element, ownHost)) this.done = true;
  }

  /** The next chunk, or null when the walk is over. */
  next(): TextChunk | null {
    if (this.done) return null;
    let nodes: Text[] = [];
    let starts: number[] = [];
    let text = '';
    let block: Node | null = null;
    const take = (t: Text, b: Node | null) => {
      if (nodes.length === 0) block = b;
      starts.push(text.length);
      nodes.push(t);
      text += t.data;
    };
    if (this.pending !== null) {
      take(this.pending, this.pendingBlock);
      this.pending = null;
    }
    const walker = this.walker;
    let node: Node | null = walker.nextNode();
    while (node !== null) {
      if (node.nodeType === 1) {
        if (isSkippedElement(node as Element, this.ownHost)) {
          this.broken = nodes.length > 0;
          node = this.skipChildren();
          continue;
        }
      } else {
        const t = node as Text;
        if (t.data.length > 0) {
          const parent = t.parentNode;
          let b: Node | null;
          if (parent === this.lastParent) b = this.lastBlock;
          else {
            b =
              parent !== null && parent.nodeType === 1 && INLINE.has((parent as Element).localName)
                ? blockOf(t)
                : parent;
            this.lastParent = parent;
            this.lastBlock = b;
          }
          if (nodes.length > 0 && (b !== block || this.broken)) {
            this.broken = false;
            this.pending = t;
            this.pendingBlock = b;
            return { text, nodes, starts };
          }
          take(t, b);
        }
      }
      node = walker.nextNode();
    }
    this.done = true;
    if (nodes.length === 0) return null;
    const chunk = { text, nodes, starts };
    nodes = [];
    starts = [];
    return chunk;
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

  /** Moves past the current element's subtree; returns the next node, or null at the end. */
  private skipChildren(): Node | null {
    const walker = this.walker;
    let sibling = walker.nextSibling();
    while (sibling === null) {
      if (walker.parentNode() === null) return null;
      sibling = walker.nextSibling();
    }
    return sibling;
  }
}

/** All chunks under `root` at once (tests and small subtrees). */
export function collectChunks(root: Node, ownHost: Element | null = null): TextChunk[] {
  const walker = new ChunkWalker(root, ownHost);
  const chunks: TextChunk[] = [];
  for (let c = walker.next(); c !== null; c = walker.next()) chunks.push(c);
  return chunks;
}
