/**
 * Which text position is under the pointer. Touches the DOM; never `browser`.
 */

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The caret position at (x, y): the standard caretPositionFromPoint (Firefox 20+,
 * Chrome 128+), falling back to WebKit's caretRangeFromPoint for older Chromium.
 */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The caret lands beside the nearest character even past a line's end: check the point is on the text itself. */
export function rectAt(rects: Iterable<DOMRect>, x: number, y: number): DOMRect | null {
  for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return r;
  return null;
}
