/**
 * Pointing at a marked term opens its card, as the reader chose: after a
 * short dwell (hover), at once while a modifier key is held (hover with a
 * key), or on a click. A hovered card stays while the pointer is on the term
 * or the card, and closes when the pointer leaves both. Cards opened
 * otherwise (a click, the keyboard, the popup, a selection) close on Esc or a
 * click elsewhere, not when the pointer wanders.
 *
 * Touch: a tap has no hover, so a tap on a marked term opens its card
 * whatever the trigger setting says. What counts is the pointer's type
 * (PointerEvent.pointerType), not the device: a laptop with a touch screen
 * hovers with its mouse and taps with a finger. A tap on a term inside a link
 * opens the card with the link's "Open link" in it (only that first tap's
 * click is prevented); a second tap on the same term follows the link, as
 * Wikipedia's previews do on phones. Every listener here is passive but that
 * click one, and nothing changes touch-action, so scrolling and pinch-zoom
 * are never held up. A tap elsewhere or a scroll closes a tapped card.
 */
import type { PageMatch, PageTerms } from '../page/page-terms';
import type { Modifier, Trigger } from '../settings/choices';
import { caretAt, rectAt } from '../tooltip/hit-test';
import type { TooltipHost } from '../tooltip/host';
import type { CardContent, CardController, CardExtras } from './card-controller';

/** Grace period after the pointer leaves, so it can cross the gap into the card (Page Previews uses 300 ms). */
export const CLOSE_DELAY_MS = 300;

/** What a card for a marked term shows: its entry, or the meanings the page leaves open. */
export function contentFor(terms: PageTerms, match: PageMatch): CardContent {
  const ids = terms.entryIds(match);
  const term = match.range.toString();
  return ids.length === 1 ? { kind: 'entry', id: ids[0], term } : { kind: 'choices', ids, term };
}

/** What opens a card, from the reader's settings (read on every pointer move, so a change applies at once). */
export interface PointerPrefs {
  trigger: Trigger;
  modifier: Modifier;
  /** The hover dwell (settings/defaults.ts has the default and its reason). */
  dwellMs: number;
}

const MODIFIER_HELD: Record<Modifier, (e: MouseEvent | KeyboardEvent) => boolean> = {
  Alt: (e) => e.altKey,
  Control: (e) => e.ctrlKey,
  Shift: (e) => e.shiftKey,
  Meta: (e) => e.metaKey,
};

export interface HoverOptions {
  prefs: () => PointerPrefs;
  /** The page's terms, or null while Gloss is off here. */
  terms: () => PageTerms | null;
  cards: CardController;
  host: TooltipHost;
  signal: AbortSignal;
  doc?: Document;
}

/** Pointers that tap rather than hover: a finger, and a pen (which most touch screens report without hover). */
function taps(pointerType: string): boolean {
  return pointerType === 'touch' || pointerType === 'pen';
}

/** The link a click on `event`'s target would follow, if any (through open shadow roots too). */
function linkOf(event: Event): HTMLAnchorElement | HTMLAreaElement | null {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if ((node.localName === 'a' || node.localName === 'area') && node.hasAttribute('href'))
      return node as HTMLAnchorElement | HTMLAreaElement;
  }
  return null;
}

export function initHoverTooltip({ prefs, terms, cards, host, signal, doc = document }: HoverOptions): void {
  const win = doc.defaultView!;
  /** The type of the last pointer pressed: a click's own pointerType is missing in older engines. */
  let lastPointerType = 'mouse';
  /** Set while "Open link" replays the click on the page's link: that click is the page's to handle. */
  let replaying = false;
  let pointer = { x: 0, y: 0 };
  /** With the "hover with a key" trigger: whether the key was down at the last pointer move or key press. */
  let keyHeld = false;
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
    const { trigger, dwellMs } = prefs();
    if (trigger === 'click') return;
    let match = matchAtPoint(current, pointer.x, pointer.y);
    // "Hover with a key": a term counts as hovered only while the key is held (an open card stays, as on hover).
    if (trigger === 'modifier' && !keyHeld && cards.current?.subject !== match) match = undefined;
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
    // Holding the key already says "explain this": no dwell then.
    dwellTimer = win.setTimeout(
      () => {
        dwellTimer = 0;
        void cards.show({ range: match.range, point: at }, contentFor(current, match), 'pointer', match);
      },
      trigger === 'modifier' ? 0 : dwellMs,
    );
  };

  /** The painted match under a point, if the point is on its text. */
  const matchAtPoint = (current: PageTerms, x: number, y: number): PageMatch | undefined => {
    const caret = caretAt(doc, x, y);
    if (!caret || caret.node.nodeType !== 3) return undefined;
    // Past the middle of a character the caret sits after it: try both sides.
    const match = current.matchAt(caret.node, caret.offset) ?? current.matchAt(caret.node, caret.offset - 1);
    return match && rectAt(match.range.getClientRects(), x, y) ? match : undefined;
  };

  const onPointerMove = (event: PointerEvent) => {
    // A finger dragging across the page is scrolling, not hovering.
    if (taps(event.pointerType)) return;
    if (host.contains(event)) {
      cancelDwell();
      cancelClose();
      return;
    }
    pointer = { x: event.clientX, y: event.clientY };
    keyHeld = MODIFIER_HELD[prefs().modifier](event);
    if (frame === 0 && (terms()?.size ?? 0) > 0) frame = win.requestAnimationFrame(check);
  };
  const onModifierKey = (event: KeyboardEvent) => {
    const { trigger, modifier } = prefs();
    if (trigger !== 'modifier' || event.key !== modifier) return;
    keyHeld = event.type === 'keydown';
    // Pressing the key while resting on a term opens its card without moving the pointer.
    if (frame === 0 && (terms()?.size ?? 0) > 0) frame = win.requestAnimationFrame(check);
  };
  doc.addEventListener('keydown', onModifierKey, { capture: true, passive: true, signal });
  doc.addEventListener('keyup', onModifierKey, { capture: true, passive: true, signal });

  // A tap, and the "click" trigger: a click on a term opens its card, which then closes like a keyboard card (Esc,
  // or a click or tap elsewhere). A term inside a link: the first click opens the card with "Open link" (that
  // click only is prevented), the next click on the same term, its card open, follows the link.
  doc.addEventListener(
    'click',
    (event) => {
      if (replaying) return;
      const current = terms();
      if (!current || host.contains(event) || event.button !== 0) return;
      const pointerType = (event as PointerEvent).pointerType || lastPointerType;
      const tap = taps(pointerType);
      if (!tap && prefs().trigger !== 'click') return;
      const match = matchAtPoint(current, event.clientX, event.clientY);
      if (!match || cards.current?.subject === match) return;
      const link = linkOf(event);
      const extras: CardExtras = {};
      if (link) {
        event.preventDefault();
        extras.link = {
          href: link.href,
          open: () => {
            replaying = true;
            try {
              link.click();
            } finally {
              replaying = false;
            }
          },
        };
      }
      const point = { x: event.clientX, y: event.clientY };
      void cards.show({ range: match.range, point }, contentFor(current, match), tap ? 'tap' : 'click', match, extras);
    },
    { capture: true, signal },
  );

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
  // A card that did not open by hovering closes on a click or tap elsewhere (a tap on its own term is the second
  // tap, which follows the term's link: the card stays until the page goes).
  doc.addEventListener(
    'pointerdown',
    (event) => {
      lastPointerType = event.pointerType;
      if (!cards.current || byPointer() || host.contains(event)) return;
      const current = terms();
      if (current && cards.current.subject === matchAtPoint(current, event.clientX, event.clientY)) return;
      cards.close(false);
    },
    listen,
  );
  // A scroll closes a tapped card (as a tap elsewhere does): the reader has moved on. Our own scroll, bringing the
  // term into view, does not; nor does scrolling inside the card (its scroll events stay in our shadow root).
  doc.addEventListener(
    'scroll',
    () => {
      const open = cards.current;
      if (!open || (open.opener !== 'tap' && !(open.sheet && open.opener === 'click'))) return;
      const own = cards.ownScroll;
      if (own && own.x === win.scrollX && own.y === win.scrollY) return;
      cards.ownScroll = null;
      cards.close(false);
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
