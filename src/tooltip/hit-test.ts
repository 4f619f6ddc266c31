/**
 * Which text position is under the pointer, in the page's own tree and in its open shadow roots. Touches the DOM;
 * never `browser`.
 */
import { type CaretPoint, caretPositionAt } from '../platform/browser-differences';

export type { CaretPoint };

/** Text nodes looked at under the point by our own hit test (a component's text near the pointer is short). */
const OWN_HIT_TEST_MAX_NODES = 400;

type DeepCaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
};
type HighlightsFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => { highlight: Highlight; ranges: AbstractRange[] }[];

/**
 * The caret position at (x, y). In the document's own tree, as src/platform/browser-differences.ts finds it; over
 * an open shadow root (whose text Gloss marks too, see src/page/shadow-roots.ts), inside it: from
 * CSS.highlights.highlightsFromPoint where the browser has it (it names the marked range under the point), else
 * caretPositionFromPoint with the `shadowRoots` option, else our own hit test of the text under the point.
 */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const caret = caretPositionAt(doc, x, y);
  if (caret !== null && caret.node.nodeType === 3) return caret;
  const { roots, inner } = shadowRootsAt(doc, x, y);
  if (roots.length === 0) return caret;
  const inRoots = (node: Node) => roots.includes(node.getRootNode() as ShadowRoot);
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const fromPoint = (win?.CSS?.highlights as { highlightsFromPoint?: HighlightsFromPoint } | undefined)
    ?.highlightsFromPoint;
  if (typeof fromPoint === 'function') {
    try {
      for (const hit of fromPoint.call(win!.CSS.highlights, x, y, { shadowRoots: roots })) {
        const range = hit.ranges.find((r) => inRoots(r.startContainer));
        if (range) return { node: range.startContainer, offset: range.startOffset };
      }
    } catch {
      // An engine with a different signature: the ways below still work.
    }
  }
  const d = doc as DeepCaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    try {
      const p = d.caretPositionFromPoint(x, y, { shadowRoots: roots });
      if (p && p.offsetNode.nodeType === 3 && inRoots(p.offsetNode)) return { node: p.offsetNode, offset: p.offset };
    } catch {
      // No options argument in this engine: our own hit test below.
    }
  }
  return inner === null ? null : ownHitTest(doc, inner, x, y);
}

/** The open shadow roots under the point, outermost first, and the innermost element there. */
function shadowRootsAt(doc: Document, x: number, y: number): { roots: ShadowRoot[]; inner: Element | null } {
  const roots: ShadowRoot[] = [];
  let el = doc.elementFromPoint(x, y);
  while (el !== null) {
    const root = el.shadowRoot;
    if (root === null || root.mode !== 'open' || roots.includes(root)) break;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (inner === null || inner === el) break;
    el = inner;
  }
  return { roots, inner: el };
}

/** The character of `el`'s text whose box holds the point: each text node's lines first, then its characters. */
function ownHitTest(doc: Document, el: Element, x: number, y: number): CaretPoint | null {
  const walker = doc.createTreeWalker(el, 4);
  const range = doc.createRange();
  let seen = 0;
  for (
    let t = walker.nextNode() as Text | null;
    t !== null && seen < OWN_HIT_TEST_MAX_NODES;
    t = walker.nextNode() as Text | null
  ) {
    seen++;
    range.selectNodeContents(t);
    if (rectAt(range.getClientRects(), x, y) === null) continue;
    for (let i = 0; i < t.data.length; i++) {
      range.setStart(t, i);
      range.setEnd(t, i + 1);
      if (rectAt(range.getClientRects(), x, y) !== null) return { node: t, offset: i };
    }
  }
  return null;
}

/** The caret lands beside the nearest character even past a line's end: check the point is on the text itself. */
export function rectAt(rects: Iterable<DOMRect>, x: number, y: number): DOMRect | null {
  for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return r;
  return null;
}
