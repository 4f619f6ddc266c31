/**
 * Hovering a marked term opens its card after a short dwell; the card stays
 * while the pointer is on the term or the card, and closes on Esc, when the
 * pointer leaves both, or when its term scrolls out of view.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import type { EntryDetails } from '../knowledge/compile';
import { send } from '../messaging/client';
import type { PageMatch, PageTerms } from '../page/page-terms';
import { renderEntry, renderUnavailable, renderUndecided } from '../tooltip/card';
import { caretAt, rectAt } from '../tooltip/hit-test';
import type { TooltipHost } from '../tooltip/host';

/**
 * How long the pointer rests on a term before its card opens. Wikipedia's Page
 * Previews found ~500 ms kept accidental previews rare on link-dense pages;
 * Gloss marks far fewer words than a page has links, so a shorter dwell
 * feels instant without cards flickering open as the pointer crosses text.
 */
export const DWELL_MS = 250;
/** Grace period after the pointer leaves, so it can cross the gap into the card (Page Previews uses 300 ms). */
export const CLOSE_DELAY_MS = 300;

/** The entries a match may mean: one, or the alternatives when the page cannot tell. */
function idsOf(m: PageMatch): number[] {
  if (m.resolution.kind === 'entry') return [m.resolution.entry];
  return m.resolution.kind === 'undecided' ? m.resolution.entries : [];
}

export interface HoverOptions {
  terms: PageTerms;
  host: TooltipHost;
  signal: AbortSignal;
  doc?: Document;
}

export function initHoverTooltip({ terms, host, signal, doc = document }: HoverOptions): void {
  const win = doc.defaultView!;
  const cache = new Map<string, Promise<EntryDetails | null>>();
  const fetchEntry = (id: string) => {
    let p = cache.get(id);
    if (!p) {
      p = send<'getEntry'>({ type: 'getEntry', id }).catch(() => {
        // Not cached: the background may answer next time (it was restarting, or the extension was updated).
        cache.delete(id);
        return null;
      });
      cache.set(id, p);
    }
    return p;
  };

  let pointer = { x: 0, y: 0 };
  let frame = 0;
  let hovered: PageMatch | undefined;
  let dwellTimer = 0;
  let closeTimer = 0;
  let open: { match: PageMatch; card: HTMLElement; stop: () => void } | null = null;
  const idOf = (i: number) => terms.table.ids[i];

  const scheduleClose = () => {
    if (open && closeTimer === 0) closeTimer = win.setTimeout(close, CLOSE_DELAY_MS);
  };
  const cancelClose = () => {
    win.clearTimeout(closeTimer);
    closeTimer = 0;
  };
  const close = () => {
    cancelClose();
    if (!open) return;
    open.stop();
    open.card.remove();
    open = null;
  };

  const fill = async (card: HTMLElement, match: PageMatch, entryId?: string) => {
    const actions = { openEntry: (id: string) => void fill(card, match, id) };
    let content: DocumentFragment;
    if (entryId !== undefined || match.resolution.kind === 'entry') {
      const details = await fetchEntry(entryId ?? idOf(idsOf(match)[0]));
      content = details ? renderEntry(doc, details, actions) : renderUnavailable(doc, match.range.toString());
    } else {
      const choices = (await Promise.all(idsOf(match).map((i) => fetchEntry(idOf(i))))).filter((d) => d !== null);
      content =
        choices.length > 0
          ? renderUndecided(doc, match.range.toString(), choices, actions)
          : renderUnavailable(doc, match.range.toString());
    }
    if (open?.card !== card) return;
    card.replaceChildren(content);
  };

  const show = async (match: PageMatch, at: { x: number; y: number }) => {
    close();
    const root = host.ensure();
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    root.append(card);
    const reference = {
      getBoundingClientRect: () => match.range.getBoundingClientRect(),
      getClientRects: () => match.range.getClientRects(),
      contextElement: match.nodes[0].parentElement ?? undefined,
    };
    const update = () => {
      const rect = match.range.getBoundingClientRect();
      // The term scrolled away (or left the page): the card goes with it.
      if (!match.range.startContainer.isConnected || rect.bottom < 0 || rect.top > win.innerHeight) {
        close();
        return;
      }
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline({ x: at.x, y: at.y }),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room there is: the card scrolls inside instead of leaving the viewport.
          size({
            padding: 8,
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    };
    open = { match, card, stop: () => {} };
    await fill(card, match);
    if (open?.card !== card) return;
    card.hidden = false;
    open.stop = autoUpdate(reference, card, update, { animationFrame: false });
  };

  const check = () => {
    frame = 0;
    const caret = caretAt(doc, pointer.x, pointer.y);
    let match: PageMatch | undefined;
    if (caret && caret.node.nodeType === 3) {
      // Past the middle of a character the caret sits after it: try both sides.
      match = terms.matchAt(caret.node, caret.offset) ?? terms.matchAt(caret.node, caret.offset - 1);
      if (match && !rectAt(match.range.getClientRects(), pointer.x, pointer.y)) match = undefined;
    }
    if (!match) {
      hovered = undefined;
      win.clearTimeout(dwellTimer);
      scheduleClose();
      return;
    }
    if (match === hovered) {
      if (open?.match === match) cancelClose();
      return;
    }
    hovered = match;
    win.clearTimeout(dwellTimer);
    if (open?.match === match) {
      cancelClose();
      return;
    }
    // Ask for the details now, so they are here when the dwell ends.
    for (const i of idsOf(match)) void fetchEntry(idOf(i));
    const at = { ...pointer };
    dwellTimer = win.setTimeout(() => void show(match, at), DWELL_MS);
  };

  const onPointerMove = (event: PointerEvent) => {
    if (host.contains(event)) {
      win.clearTimeout(dwellTimer);
      hovered = undefined;
      cancelClose();
      return;
    }
    pointer = { x: event.clientX, y: event.clientY };
    if (frame === 0 && terms.size > 0) frame = win.requestAnimationFrame(check);
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('pointermove', onPointerMove, listen);
  doc.documentElement.addEventListener(
    'pointerleave',
    () => {
      hovered = undefined;
      win.clearTimeout(dwellTimer);
      scheduleClose();
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && open) close();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    close();
    win.clearTimeout(dwellTimer);
    win.cancelAnimationFrame(frame);
  });
}
