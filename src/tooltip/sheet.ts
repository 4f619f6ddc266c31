/**
 * The card as a bottom sheet on small screens: when to use one, and the ways
 * a reader dismisses it besides a tap outside (a downward swipe, the back
 * gesture). Touches the DOM; never `browser`.
 */

/**
 * Below this viewport width (CSS px) the card is a bottom sheet. Phones in portrait are 320–430 px wide and
 * small tablets 600 px and up; Material's "compact" window class ends at 600 dp for the same reason. Under 600 px
 * a floating card (up to 30em, about 420 px) would cover the width anyway, and cover the term with it; a sheet
 * leaves the upper half of the page, the term included, in view. At 200 % zoom a 1280 px window is 640 CSS px:
 * still a card.
 */
export const SHEET_MAX_WIDTH_PX = 600;

/** A downward swipe this long (CSS px) closes the sheet; shorter ones spring back (a tap jitters by a few px). */
export const SWIPE_CLOSE_PX = 64;

export function wantsSheet(win: Window): boolean {
  return win.innerWidth < SHEET_MAX_WIDTH_PX;
}

/**
 * Closes `card` on a downward swipe that starts on its head, or on its body when the body is scrolled to the top
 * (otherwise the swipe scrolls the body, as the reader means). Touch events, passive: nothing is blocked, so
 * scrolling the sheet's body and pinch-zooming work as ever; the sheet only follows the finger down.
 */
export function closeOnSwipeDown(card: HTMLElement, close: () => void, signal: AbortSignal): void {
  let startY = Number.NaN;
  let startX = 0;
  let dy = 0;
  const listen = { passive: true, signal };
  card.addEventListener(
    'touchstart',
    (e) => {
      const body = card.querySelector('.body');
      const onBody = body !== null && e.composedPath().includes(body);
      startY = e.touches.length === 1 && (!onBody || body.scrollTop <= 0) ? e.touches[0].clientY : Number.NaN;
      startX = e.touches[0]?.clientX ?? 0;
      dy = 0;
    },
    listen,
  );
  card.addEventListener(
    'touchmove',
    (e) => {
      if (Number.isNaN(startY) || e.touches.length !== 1) return;
      const t = e.touches[0];
      dy = t.clientY - startY;
      // Mostly sideways (a scroll of a wide table, say): not a dismissal.
      if (Math.abs(t.clientX - startX) > Math.abs(dy)) dy = 0;
      card.style.translate = dy > 0 ? `0 ${dy}px` : '';
    },
    listen,
  );
  const end = () => {
    if (Number.isNaN(startY)) return;
    startY = Number.NaN;
    card.style.translate = '';
    if (dy >= SWIPE_CLOSE_PX) close();
  };
  card.addEventListener('touchend', end, listen);
  card.addEventListener('touchcancel', end, listen);
}

interface CloseWatcherLike {
  addEventListener(type: 'close', listener: () => void): void;
  destroy(): void;
}
type CloseWatcherCtor = new () => CloseWatcherLike;

/**
 * The back gesture (Android's back button or swipe) closes the card where the browser has CloseWatcher
 * (Chrome 120+): it gives us the gesture without adding an entry to the page's history, which a pushState and
 * `popstate` would (and the page's own router would then see a navigation that is not its own). Where there is
 * no CloseWatcher (Firefox), back means back to the previous page, as the reader expects of it; Esc, a tap
 * outside and a downward swipe close the card there. Returns a function that stops watching.
 */
export function closeOnBack(win: Window, close: () => void): () => void {
  const Ctor = (win as Window & { CloseWatcher?: CloseWatcherCtor }).CloseWatcher;
  if (typeof Ctor !== 'function') return () => {};
  let watcher: CloseWatcherLike | null = null;
  try {
    watcher = new Ctor();
    watcher.addEventListener('close', close);
  } catch {
    return () => {};
  }
  return () => watcher?.destroy();
}
