/**
 * The one card on the page: where it is anchored, what it shows, how it
 * closes, and where focus goes. Hovering, the popup's glossary, keyboard
 * navigation and selection lookup all open cards through it.
 *
 * Keyboard and screen readers: a card opened from the keyboard (a command)
 * takes focus, as a non-modal dialog labelled by its title, so that Tab
 * reaches its related entries and source links and a screen reader reads it;
 * Esc closes it and returns focus to where it was. We chose focus over a live
 * region because a live region would announce the text but leave the links
 * out of reach. A card opened by hovering is a tooltip and never takes focus.
 *
 * Touch and small screens: a card opened by a tap has a close button, and
 * below SHEET_MAX_WIDTH_PX (src/tooltip/sheet.ts) every card is a bottom
 * sheet, closed by a swipe down or the back gesture too. Following a related
 * entry keeps a Back; "I know this one" leaves an Undo on the page.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import type { EntryDetails } from '../knowledge/compile';
import { send } from '../messaging/client';
import { pageDate } from '../page/page-date';
import { cardVisible } from '../page/scan-timing';
import type { SearchHit } from '../search/search';
import { type CardActions, renderEntry, renderNoMatch, renderUnavailable, renderUndecided } from '../tooltip/card';
import type { TooltipHost } from '../tooltip/host';
import { closeOnBack, closeOnSwipeDown, wantsSheet } from '../tooltip/sheet';
import { showToast } from '../tooltip/toast';

/** What a card shows. */
export type CardContent =
  | { kind: 'entry'; id: string; term: string }
  | { kind: 'choices'; ids: string[]; term: string }
  | { kind: 'noMatch'; term: string; closest: SearchHit[] };

export interface CardAnchor {
  range: Range;
  /** The pointer, when there is one: the card goes by the line under it. */
  point?: { x: number; y: number };
}

/**
 * How a card was opened decides how it closes and whether it takes focus: a hovered ('pointer') card closes when
 * the pointer leaves; the others on Esc or a click elsewhere; only a keyboard card takes focus.
 */
export type Opener = 'pointer' | 'click' | 'tap' | 'keyboard' | 'popup';

/** What else a card offers besides its content: the link its term sits in, when there is one. */
export interface CardExtras {
  link?: { href: string; open(): void };
}

/** How cards look, from the reader's settings. */
export interface CardLook {
  theme: 'system' | 'light' | 'dark';
  fontPx: number;
}

interface OpenCard {
  card: HTMLElement;
  anchor: CardAnchor;
  opener: Opener;
  /** What the card is about (a PageMatch for marks), so callers can tell whether it is already open. */
  subject: unknown;
  returnFocus: Element | null;
  stopPositioning: () => void;
  /** A bottom sheet (small screens) rather than a card by its term. */
  sheet: boolean;
  extras: CardExtras;
  /** What the card shows now, and what it showed before each related entry the reader followed (for Back). */
  content: CardContent;
  history: CardContent[];
  /** Ends the sheet's and the tap card's extra listeners (swipe, back gesture). */
  stopListening: AbortController;
}

export class CardController {
  private open: OpenCard | null = null;
  private warmed = false;
  private readonly cache = new Map<string, Promise<EntryDetails | null>>();
  private look: CardLook = { theme: 'system', fontPx: 14 };
  /**
   * The page's date, read when the first card opens: a card says what a person was at that date (not for an undated
   * page, which pageDate gives today's). Read again rather than kept from the scan, so that cards opened with
   * marking paused have it too.
   */
  private date?: { day: number; from: string };
  /**
   * Where our own scroll (bringing a term into view) left the page: the scroll it causes is not the reader's, and
   * must not close a tapped card (see hover-tooltip.ts).
   */
  ownScroll: { x: number; y: number } | null = null;
  /** Does the page name this entry? (Its related entries the page names come first on a card.) */
  pageNames: (id: string) => boolean = () => false;

  constructor(
    private readonly host: TooltipHost,
    private readonly doc: Document = document,
  ) {}

  get current(): Readonly<Pick<OpenCard, 'opener' | 'subject' | 'card' | 'sheet'>> | null {
    return this.open;
  }

  /** Applies to the open card at once, and to every card after. */
  setLook(look: CardLook): void {
    this.look = look;
    if (this.open) this.applyLook(this.open.card);
  }

  /** Forgets fetched entries (the reader's own entries changed). */
  clearCache(): void {
    this.cache.clear();
  }

  /** Asks the background for an entry; the answer is kept, a failure is not (the next call retries). */
  fetchEntry(id: string): Promise<EntryDetails | null> {
    let p = this.cache.get(id);
    if (!p) {
      const { day, from } = (this.date ??= pageDate(this.doc, this.doc.URL));
      p = send<'getEntry'>({ type: 'getEntry', id, day: from === 'today' ? undefined : day }).catch(() => {
        this.cache.delete(id);
        return null;
      });
      this.cache.set(id, p);
    }
    return p;
  }

  async show(
    anchor: CardAnchor,
    content: CardContent,
    opener: Opener,
    subject: unknown,
    extras: CardExtras = {},
  ): Promise<void> {
    const requested = performance.now();
    const win = this.doc.defaultView!;
    // Where focus goes back to on Esc: where the reader was before the first keyboard card, not our own card
    // (stepping from card to card keeps the first return point).
    const focused = this.doc.activeElement;
    const returnFocus =
      opener !== 'keyboard' ? null : focused === this.host.element ? (this.open?.returnFocus ?? null) : focused;
    this.close(false);
    const card = this.doc.createElement('div');
    card.className = 'card';
    card.hidden = true;
    this.applyLook(card);
    if (opener === 'keyboard') {
      card.setAttribute('role', 'dialog');
      card.tabIndex = -1;
    } else {
      card.setAttribute('role', 'tooltip');
    }
    // A hovered card stays a card: a mouse could not cross to a sheet at the window's foot before it closed.
    const sheet = opener !== 'pointer' && wantsSheet(win);
    if (sheet) card.classList.add('sheet');
    this.host.ensure().append(card);
    const open: OpenCard = {
      card,
      anchor,
      opener,
      subject,
      returnFocus,
      stopPositioning: () => {},
      sheet,
      extras,
      content,
      history: [],
      stopListening: new AbortController(),
    };
    this.open = open;
    await this.fillCard(open, content);
    if (this.open !== open) return;
    if (opener !== 'pointer') this.bringIntoView(anchor.range, 0);
    card.hidden = false;
    if (sheet || opener === 'tap') {
      const close = () => {
        if (this.open === open) this.close();
      };
      const stopBack = closeOnBack(win, close);
      open.stopListening.signal.addEventListener('abort', stopBack);
      if (sheet) closeOnSwipeDown(card, close, open.stopListening.signal);
    }
    if (sheet) {
      // The sheet covers the page's lower part: keep the term above it.
      this.bringIntoView(anchor.range, card.getBoundingClientRect().height);
      open.stopPositioning = this.measureSheet(open, requested);
    } else open.stopPositioning = this.position(open, requested);
    if (opener === 'keyboard') card.focus({ preventScroll: true });
  }

  /**
   * Scrolls a term that is partly out of view (or under a sheet `covered` px high) into view, at once: a reader who
   * asked for it should see what the card is about. Instant, never smooth, so it is no motion to reduce.
   */
  private bringIntoView(range: Range, covered: number): void {
    const win = this.doc.defaultView!;
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return;
    const bottom = win.innerHeight - covered;
    let dy = 0;
    if (rect.top < 0) dy = rect.top - 8;
    else if (rect.bottom > bottom) dy = Math.min(rect.bottom - bottom + 8, rect.top - 8);
    if (dy === 0) return;
    const before = win.scrollY;
    win.scrollBy({ top: dy, behavior: 'instant' });
    if (win.scrollY !== before) this.ownScroll = { x: win.scrollX, y: win.scrollY };
  }

  /** Closes the card; a card that took focus gives it back. */
  close(restoreFocus = true): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    open.stopPositioning();
    open.stopListening.abort();
    const hadFocus = open.card.matches(':focus-within');
    open.card.remove();
    if (restoreFocus && hadFocus && open.returnFocus instanceof HTMLElement && open.returnFocus.isConnected) {
      open.returnFocus.focus({ preventScroll: true });
    }
  }

  /**
   * Builds and places one card unseen, then removes it: once a page, while the reader first rests on a term, so
   * that the first real card does not run its code (rendering, Floating UI) cold after the dwell. Cold, a page's
   * first card took ~9 ms longer to build and place than later ones (median 13 ms against 4 ms).
   */
  async warm(anchor: CardAnchor, content: CardContent): Promise<void> {
    if (this.warmed) return;
    this.warmed = true;
    const card = this.doc.createElement('div');
    card.className = 'card';
    this.applyLook(card);
    card.style.visibility = 'hidden';
    card.inert = true;
    this.host.ensure().append(card);
    try {
      card.replaceChildren(await this.render(content, { openEntry: () => {} }));
      await computePosition(referenceFor(anchor.range), card, placementFor(anchor, card));
    } catch {
      // A warm-up that fails costs only the first card its head start.
    } finally {
      card.remove();
    }
  }

  private async fillCard(open: OpenCard, content: CardContent): Promise<void> {
    const { card } = open;
    const frag = await this.render(content, this.actionsFor(open));
    if (this.open !== open) return;
    open.content = content;
    card.replaceChildren(frag);
    const title = card.querySelector('.title');
    if (title) card.setAttribute('aria-label', title.textContent ?? '');
  }

  private applyLook(card: HTMLElement): void {
    if (this.look.theme === 'system') delete card.dataset.theme;
    else card.dataset.theme = this.look.theme;
    card.style.fontSize = `${this.look.fontPx}px`;
  }

  /** The card's actions: related entries (keeping a Back), "I know this one" (with an Undo), the term's link. */
  private actionsFor(open: OpenCard): CardActions {
    const actions: CardActions = {
      openEntry: (id: string) => {
        open.history.push(open.content);
        void this.fillCard(open, { kind: 'entry', id, term: '' });
      },
      hideEntry: (id: string) => this.hideWithUndo(id),
    };
    if (open.history.length > 0) {
      actions.back = () => {
        const previous = open.history.pop();
        if (previous) void this.fillCard(open, previous);
      };
    }
    if (open.extras.link) {
      const { href, open: follow } = open.extras.link;
      actions.link = {
        href,
        open: () => {
          this.close(false);
          follow();
        },
      };
    }
    if (open.opener === 'tap' || open.sheet) actions.close = () => this.close();
    return actions;
  }

  /**
   * "I know this one": the background stores it, and the settings change unmarks the entry in every tab. An Undo
   * stays on the page for a few seconds: one tap used to remove dozens of marks with no way back but the options.
   */
  private hideWithUndo(id: string): void {
    const title = this.open?.card.querySelector('.title')?.textContent ?? '';
    this.close();
    void send<'hideEntry'>({ type: 'hideEntry', id }).catch(() => false);
    const theme = this.look.theme === 'system' ? undefined : this.look.theme;
    showToast(
      this.host.ensure(),
      `Gloss stopped marking “${title}”.`,
      { label: 'Undo', run: () => void send<'hideEntry'>({ type: 'hideEntry', id, undo: true }).catch(() => false) },
      theme,
    );
  }

  private async render(content: CardContent, actions: CardActions): Promise<DocumentFragment> {
    let frag: DocumentFragment;
    if (content.kind === 'entry') {
      const details = await this.fetchEntry(content.id);
      frag = details
        ? renderEntry(this.doc, forPage(details, this.pageNames), actions)
        : renderUnavailable(this.doc, content.term, actions);
    } else if (content.kind === 'choices') {
      const choices = (await Promise.all(content.ids.map((id) => this.fetchEntry(id)))).filter((d) => d !== null);
      frag =
        choices.length > 0
          ? renderUndecided(this.doc, content.term, choices, actions)
          : renderUnavailable(this.doc, content.term, actions);
    } else {
      frag = renderNoMatch(this.doc, content.term, content.closest, actions);
    }
    return frag;
  }

  /** A sheet needs no placing: it only records when it shows (gloss:card-visible in a measuring build, as for a card). */
  private measureSheet(open: OpenCard, requested: number): () => void {
    cardVisible(this.doc.defaultView!, requested, () => this.open === open);
    return () => {};
  }

  /** Keeps the card by its anchor, in the viewport, and closes it when the anchor scrolls away. */
  private position(open: OpenCard, requested: number): () => void {
    const { card, anchor } = open;
    let placed = false;
    const win = this.doc.defaultView!;
    const range = anchor.range;
    const reference = referenceFor(range);
    const update = () => {
      const rect = range.getBoundingClientRect();
      if (!range.startContainer.isConnected || rect.bottom < 0 || rect.top > win.innerHeight) {
        if (this.open === open) this.close();
        return;
      }
      void computePosition(reference, card, placementFor(anchor, card)).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        if (placed) return;
        placed = true;
        cardVisible(win, requested, () => this.open === open);
      });
    };
    return autoUpdate(reference, card, update, { animationFrame: false });
  }
}

/**
 * What Floating UI places a card by: the anchor's range, lines and all, cut to the viewport. A term half above the
 * viewport is placed by its visible half; placed by its whole box, its card came detached at the top.
 */
function referenceFor(range: Range) {
  const win = (range.startContainer.ownerDocument ?? document).defaultView!;
  const visible = (r: DOMRect): DOMRect => {
    const top = Math.max(r.top, 0);
    const bottom = Math.min(r.bottom, win.innerHeight);
    return bottom > top ? new DOMRect(r.left, top, r.width, bottom - top) : r;
  };
  return {
    getBoundingClientRect: () => visible(range.getBoundingClientRect()),
    getClientRects: () => [...range.getClientRects()].map(visible),
    contextElement:
      (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement) ??
      undefined,
  };
}

/** Below the anchor (by the line under the pointer), kept in the viewport. */
function placementFor(anchor: CardAnchor, card: HTMLElement) {
  return {
    strategy: 'fixed' as const,
    placement: 'bottom-start' as const,
    middleware: [
      inline(anchor.point),
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      // Never taller than the room there is: the card scrolls inside instead of leaving the viewport.
      size({
        padding: 8,
        apply({ availableHeight }: { availableHeight: number }) {
          card.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
        },
      }),
    ],
  };
}

/**
 * An entry's details as a card on this page shows them: the related entries the page names first; for a general
 * idea (a concept), only those, since its other related entries are examples from one story or another (a Gaza
 * article's "ceasefire" is not about Ukraine's).
 */
function forPage(details: EntryDetails, names: (id: string) => boolean): EntryDetails {
  const named = details.related.filter((r) => names(r.id));
  const rest = details.category === 'concept' ? [] : details.related.filter((r) => !names(r.id));
  return { ...details, related: [...named, ...rest] };
}
