/**
 * Hovering a marked term opens its card after a short dwell; the card stays
 * while the pointer is on the term or the card, and closes when the pointer
 * leaves both. Cards opened otherwise (keyboard, popup, selection) close on
 * Esc or a click elsewhere, not when the pointer wanders.
 */
import type { PageMatch, PageTerms } from '../page/page-terms';
import { caretAt, rectAt } from '../tooltip/hit-test';
import type { TooltipHost } from '../tooltip/host';
import type { CardContent, CardController } from './card-controller';

/**
 * How long the pointer rests on a term before its card opens. Wikipedia's Page
 * Previews found ~500 ms kept accidental previews rare on link-dense pages;
 * Gloss marks far fewer words than a page has links, so a shorter dwell
 * feels instant without cards flickering open as the pointer crosses text.
 */
export const DWELL_MS = 250;
/** Grace period after the pointer leaves, so it can cross the gap into the card (Page Previews uses 300 ms). */
export const CLOSE_DELAY_MS = 300;

/** What a card for a marked term shows: its entry, or the meanings the page leaves open. */
export function contentFor(terms: PageTerms, match: PageMatch): CardContent {
  const ids = terms.entryIds(match);
  const term = match.range.toString();
  return ids.length === 1 ? { kind: 'entry', id: ids[0], term } : { kind: 'choices', ids, term };
}

export interface HoverOptions {
  /** The page's terms, or null while Gloss is off here. */
  terms: () => PageTerms | null;
  cards: CardController;
  host: TooltipHost;
  signal: AbortSignal;
  doc?: Document;
}

export function initHoverTooltip({ terms, cards, host, signal, doc = document }: HoverOptions): void {
  const win = doc.defaultView!;
  let pointer = { x: 0, y: 0 };
  let frame = 0;
  /** A term whose card the reader closed with Esc: it stays closed until the pointer leaves the term. */
  let dismissed: PageMatch | undefined;
  let dwellTimer = 0;
  let closeTimer = 0;
  const cancelDwell = () => {
    win.clearTimeout(dwellTimer);
    dwellTimer = 0;
  };

  const byPointer = () => cards.current?.opener === 'pointer';
  const cancelClose = () => {
    win.clearTimeout(closeTimer);
    closeTimer = 0;
  };
  const scheduleClose = () => {
    if (!byPointer() || closeTimer !== 0) return;
    // Close the card this was scheduled for, not one that opened since, even for the same term (a scroll can
    // close the first card and a new hover open another while the timer runs).
    const card = cards.current?.card;
    closeTimer = win.setTimeout(() => {
      closeTimer = 0;
      if (byPointer() && cards.current?.card === card) cards.close();
    }, CLOSE_DELAY_MS);
  };

  const check = () => {
    frame = 0;
    const current = terms();
    if (!current) return;
    const caret = caretAt(doc, pointer.x, pointer.y);
    let match: PageMatch | undefined;
    if (caret && caret.node.nodeType === 3) {
      // Past the middle of a character the caret sits after it: try both sides.
      match = current.matchAt(caret.node, caret.offset) ?? current.matchAt(caret.node, caret.offset - 1);
      if (match && !rectAt(match.range.getClientRects(), pointer.x, pointer.y)) match = undefined;
    }
    if (match !== dismissed) dismissed = undefined;
    if (!match) {
      cancelDwell();
      scheduleClose();
      return;
    }
    if (cards.current?.subject === match) {
      cancelClose();
      return;
    }
    // Already waiting to open this term's card, or the reader closed it: nothing to do. (A card closed for
    // another reason, say its term scrolled away and back under the pointer, opens again.)
    if (dwellTimer !== 0 || match === dismissed) return;
    // Ask for the details now, so they are here when the dwell ends; and make the card's host now (once a page,
    // when the reader first rests on a term), so that building it and styling its shadow root are not part of
    // the wait after the dwell: the first card on a page took about twice as long without this.
    for (const id of current.entryIds(match)) void cards.fetchEntry(id);
    host.ensure();
    void cards.warm({ range: match.range, point: { ...pointer } }, contentFor(current, match));
    const at = { ...pointer };
    dwellTimer = win.setTimeout(() => {
      dwellTimer = 0;
      void cards.show({ range: match.range, point: at }, contentFor(current, match), 'pointer', match);
    }, DWELL_MS);
  };

  const onPointerMove = (event: PointerEvent) => {
    if (host.contains(event)) {
      cancelDwell();
      cancelClose();
      return;
    }
    pointer = { x: event.clientX, y: event.clientY };
    if (frame === 0 && (terms()?.size ?? 0) > 0) frame = win.requestAnimationFrame(check);
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onPointerMove, listen);
  doc.documentElement.addEventListener(
    'pointerleave',
    () => {
      cancelDwell();
      scheduleClose();
    },
    listen,
  );
  // A card that did not open by hovering closes on a click or tap elsewhere.
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (cards.current && !byPointer() && !host.contains(event)) cards.close(false);
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !cards.current) return;
      if (cards.current.opener === 'pointer') dismissed = cards.current.subject as PageMatch;
      cancelDwell();
      cards.close();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    cards.close();
    cancelDwell();
    win.clearTimeout(closeTimer);
    win.cancelAnimationFrame(frame);
  });
}
