/**
 * Which text position is under the pointer. Touches the DOM; never `browser`.
 */
import { type CaretPoint, caretPositionAt } from '../platform/browser-differences';

export type { CaretPoint };

/** The caret position at (x, y); how each browser finds it is in src/platform/browser-differences.ts. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  return caretPositionAt(doc, x, y);
}

/** The caret lands beside the nearest character even past a line's end: check the point is on the text itself. */
export function rectAt(rects: Iterable<DOMRect>, x: number, y: number): DOMRect | null {
  for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return r;
  return null;
}
