/**
 * A short message on the page with one action (the Undo after "I know this one"), in Gloss's own shadow root.
 * Touches the DOM; never `browser`.
 */

/** How long the Undo stays: Material's snackbars with an action stay 4–10 s; six is enough to read and reach it. */
export const UNDO_MS = 6_000;

export function showToast(
  root: ShadowRoot,
  message: string,
  action: { label: string; run(): void },
  theme: string | undefined,
  ms = UNDO_MS,
): () => void {
  const doc = root.ownerDocument;
  root.querySelector('.toast')?.remove();
  const toast = doc.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  if (theme) toast.dataset.theme = theme;
  const text = doc.createElement('span');
  text.textContent = message;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = action.label;
  const win = doc.defaultView!;
  const remove = () => {
    win.clearTimeout(timer);
    toast.remove();
  };
  button.addEventListener('click', () => {
    remove();
    action.run();
  });
  toast.append(text, button);
  root.append(toast);
  const timer = win.setTimeout(remove, ms);
  return remove;
}
