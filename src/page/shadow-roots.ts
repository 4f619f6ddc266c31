/**
 * Text in open shadow roots (web components: MSN's news pages, among many)
 * is marked like the rest of the page. This module finds the roots (nested
 * ones too, and roots attached later), styles the marks inside them, and
 * orders ranges across trees. The scanner calls it from a few marked hook
 * points; the walk inside a root is the same ChunkWalker with the same skip
 * rules. Touches the DOM; never `browser`.
 *
 * - Styles: `::highlight()` rules match the elements of their own tree only,
 *   so the page's (and our content-script) stylesheet does not reach into a
 *   shadow root. Each root gets one constructed stylesheet, shared by all,
 *   *appended* to its adoptedStyleSheets (never replacing the page's own).
 *   It holds only `::highlight(gloss-…)` rules: nothing of the component's
 *   own look changes, and its DOM is not touched (no <style> element).
 *   It is safe for the page: adopted sheets sit outside the DOM (no node is
 *   added, so no framework's diffing or MutationObserver sees a change), and
 *   rules naming only our highlights cannot restyle anything of the page's.
 *   What a page can see: its script may read `root.adoptedStyleSheets` and
 *   find one more sheet there, with our rules, and `CSS.highlights` lists
 *   our ranges (as it does for the main document's marks). It cannot see
 *   where our card is or what it says (a shadow root of our own).
 *   A component that later sets `adoptedStyleSheets = [its sheets]` drops
 *   ours: the marks there lose their look, not their function (the card
 *   still opens). The scanner re-adds it when the root changes.
 * - Closed shadow roots (`mode: 'closed'`) are out of reach: `element.shadowRoot`
 *   is null for them, by design, for extensions as for pages. Their text is
 *   not marked.
 * - Roots attached later: the scanner's MutationObserver also observes each
 *   root found (one observer, many targets: one batch for every change), and
 *   looks for new roots in what was added. An element already in the page
 *   that is upgraded later (its custom element defined after it was parsed)
 *   gets its root with no mutation anywhere: such elements, found as
 *   `:not(:defined)`, are looked at again every UNDEFINED_RECHECK_MS for
 *   UNDEFINED_RECHECK_FOR_MS after the last change.
 */
import highlightCss from './highlight.css?inline';
import { isSkippedElement } from './collect-text';

/** How often, and for how long, elements not yet upgraded are looked at again for a shadow root. */
export const UNDEFINED_RECHECK_MS = 1_000;
export const UNDEFINED_RECHECK_FOR_MS = 30_000;
/** Elements looked at between two readings of the clock while looking for roots. */
const ELEMENTS_PER_CHECK = 500;

/** The open shadow root of `el`, if any (closed ones read as null). */
function openRootOf(el: Element): ShadowRoot | null {
  const root = el.shadowRoot;
  return root !== null && root.mode === 'open' ? root : null;
}

/** Is `node` (or its host, through every shadow boundary) inside text Gloss leaves alone? */
export function insideSkippedComposed(node: Node, ownHost: Element | null): boolean {
  for (let a: Node | null = node; a !== null;) {
    if (a.nodeType === 1 && isSkippedElement(a as Element, ownHost)) return true;
    const parent: Node | null = a.parentNode;
    a = parent !== null && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
  }
  return false;
}

/** The constructed sheet of our ::highlight rules, one a window (see adoptStyles). */
const SHEETS = new WeakMap<Window, CSSStyleSheet>();

export class ShadowRoots {
  private readonly known = new WeakSet<ShadowRoot>();
  private sheet: CSSStyleSheet | null = null;
  /** Elements not yet upgraded, looked at again for a root that appears without a mutation. */
  private undefinedElements = new Set<Element>();

  constructor(
    private readonly doc: Document,
    /** Called for each new root (the scanner observes it). */
    private readonly watch: (root: ShadowRoot) => void,
  ) {}

  /**
   * Every open shadow root under `from` (and under those, nested) not met before, in document order. Reads the
   * clock every ELEMENTS_PER_CHECK elements; when `slices.due()`, awaits `slices.pause()` (the scanner's yield; false
   * to stop), so a large page's search stays in short tasks.
   */
  async find(
    from: Node,
    ownHost: Element | null,
    slices?: { due(): boolean; pause(): Promise<boolean> },
  ): Promise<ShadowRoot[]> {
    const found: ShadowRoot[] = [];
    const queue: Node[] = [from];
    while (queue.length > 0) {
      const base = queue.shift()!;
      const elements = 'querySelectorAll' in base ? (base as ParentNode).querySelectorAll('*') : [];
      if (base.nodeType === 1) this.consider(base as Element, ownHost, found, queue);
      for (let i = 0; i < elements.length; i++) {
        this.consider(elements[i], ownHost, found, queue);
        if (slices && i % ELEMENTS_PER_CHECK === ELEMENTS_PER_CHECK - 1 && slices.due() && !(await slices.pause()))
          return found;
      }
    }
    return found;
  }

  /** The roots attached in what was just added to the page (small: the mutation batch's nodes). */
  findIn(added: Iterable<Node>, ownHost: Element | null): ShadowRoot[] {
    const found: ShadowRoot[] = [];
    const queue: Node[] = [];
    for (const node of added) if (node.isConnected && node.nodeType === 1) queue.push(node);
    for (const el of this.undefinedElements) {
      if (!el.isConnected) this.undefinedElements.delete(el);
      else if (openRootOf(el) !== null) {
        this.undefinedElements.delete(el);
        queue.push(el);
      }
    }
    while (queue.length > 0) {
      const base = queue.shift()!;
      if (base.nodeType === 1) this.consider(base as Element, ownHost, found, queue);
      for (const el of (base as ParentNode).querySelectorAll('*')) this.consider(el, ownHost, found, queue);
    }
    return found;
  }

  /** Whether some element is still waiting for its definition (and perhaps a root). */
  get waiting(): boolean {
    return this.undefinedElements.size > 0;
  }

  private consider(el: Element, ownHost: Element | null, found: ShadowRoot[], queue: Node[]): void {
    const root = openRootOf(el);
    if (root === null) {
      // A custom element not yet upgraded may attach a root when its definition arrives.
      if (el.localName.includes('-') && !el.matches(':defined')) this.undefinedElements.add(el);
      return;
    }
    if (this.known.has(root) || el === ownHost || insideSkippedComposed(el, ownHost)) return;
    this.known.add(root);
    this.adoptStyles(root);
    this.watch(root);
    found.push(root);
    queue.push(root);
  }

  /** Adds our ::highlight rules to the root, after the page's own sheets (see the module's comment). */
  adoptStyles(root: ShadowRoot): void {
    try {
      if (this.sheet === null) {
        // One sheet a document, whichever marking session made it: a session that starts again (the reader's
        // choices changed, the page's table grew) finds it already adopted and adds no second one.
        const win = this.doc.defaultView as Window & typeof globalThis;
        let shared = SHEETS.get(win);
        if (shared === undefined) {
          shared = new win.CSSStyleSheet();
          shared.replaceSync(highlightCss);
          SHEETS.set(win, shared);
        }
        this.sheet = shared;
      }
      const sheets = root.adoptedStyleSheets;
      if (sheets.includes(this.sheet)) return;
      // Appended in place (the array is mutable since Chrome 99 and Firefox 101), after the page's own sheets.
      try {
        sheets.push(this.sheet);
      } catch {
        root.adoptedStyleSheets = [...sheets, this.sheet];
      }
    } catch {
      // A root that refuses the sheet keeps its marks unstyled: the cards still open there.
    }
  }
}

/**
 * Orders two ranges by where they start in the page, across shadow trees: a range inside a shadow root counts as
 * where its host is. Range.compareBoundaryPoints throws for ranges in different trees.
 */
export function compareInPage(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode())
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  const chainA = hostChain(a.startContainer);
  const chainB = hostChain(b.startContainer);
  for (const x of chainA) {
    const rootX = x.getRootNode();
    for (const y of chainB) {
      if (y.getRootNode() !== rootX) continue;
      if (x === y) return 0;
      const position = x.compareDocumentPosition(y);
      // One contains the other (a host and its light-DOM text): the shadow tree's content counts first.
      if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
      if (position & Node.DOCUMENT_POSITION_CONTAINS) return 1;
      return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
  }
  return 0;
}

/** A node, then the host of its shadow root, then that host's host, up to the document. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host;) {
    const host: Element = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}
