/**
 * happy-dom has no CSS Custom Highlight API: a stand-in for the registry and the highlight, enough for
 * PageTerms (it only adds, deletes and counts ranges). Call it in a happy-dom test's beforeAll.
 */
export function installHighlightStandIn(): void {
  const win = document.defaultView as unknown as { Highlight?: unknown; CSS?: object };
  win.Highlight ??= class extends Set<AbstractRange> {};
  const css = Object.create(win.CSS ?? null) as object;
  Object.defineProperty(css, 'highlights', { value: new Map() });
  Object.defineProperty(win, 'CSS', { value: css, configurable: true });
}
