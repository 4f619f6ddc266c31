/**
 * Builds the explainer card. Everything from knowledge data goes in as text
 * (textContent, never markup), and only http(s) links become links.
 * Touches the DOM; never `browser`.
 */
import type { EntryDetails } from '../knowledge/compile';
import { CATEGORY_LABELS } from '../knowledge/labels';

export interface CardActions {
  /** A related entry (or an alternative meaning) was chosen. */
  openEntry(id: string): void;
  /** "I know this one": stop marking this entry (offered when given). */
  hideEntry?(id: string): void;
  /** Back to the card this one was opened from (offered when given). */
  back?(): void;
  /** The term sits inside a link: the card offers the link's own action ("Open link"). */
  link?: { href: string; open(): void };
  /** A close button, for cards with no pointer to leave them (a tap, a sheet). */
  close?(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(doc: Document, url: string, text: string): HTMLElement {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // not a URL: shown as text below
  }
  if (protocol !== 'https:' && protocol !== 'http:') return el(doc, 'span', 'source', text);
  const a = el(doc, 'a', 'source', text);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  // Sent nowhere: Gloss has no server; the link is the reader's to follow.
  a.referrerPolicy = 'no-referrer';
  return a;
}

function entryButton(doc: Document, id: string, title: string, actions: CardActions): HTMLButtonElement {
  const button = el(doc, 'button', 'related-item', title);
  button.type = 'button';
  button.addEventListener('click', () => actions.openEntry(id));
  return button;
}

/**
 * The card's three parts: its head (title) and actions stay in view while its body scrolls between them, so that
 * at any size every control can be reached and none is cut off (a 390 px screen cut "I know this one" off before).
 */
function parts(doc: Document): { head: HTMLElement; body: HTMLElement; actionBar: HTMLElement } {
  return { head: el(doc, 'div', 'header'), body: el(doc, 'div', 'body'), actionBar: el(doc, 'div', 'actions') };
}

function actionButton(doc: Document, className: string, text: string, onClick: () => void): HTMLButtonElement {
  const button = el(doc, 'button', className, text);
  button.type = 'button';
  button.addEventListener('click', onClick);
  return button;
}

/** Head, body and the actions the caller offers (Back, Open link, the extra ones), as one fragment. */
function assemble(
  doc: Document,
  head: HTMLElement,
  body: HTMLElement,
  actionBar: HTMLElement,
  actions: CardActions,
): DocumentFragment {
  if (actions.close) {
    const close = actionButton(doc, 'close', '\u00d7', actions.close);
    close.setAttribute('aria-label', 'Close');
    head.append(close);
  }
  if (actions.link) {
    const { href, open } = actions.link;
    const button = actionButton(doc, 'open-link', 'Open link', open);
    button.title = href;
    // Where it goes, readable on a touch screen too (which shows no title).
    let site = '';
    try {
      site = new URL(href).hostname;
    } catch {
      // Not a URL the browser can read: the button alone.
    }
    if (site) button.append(el(doc, 'span', 'link-site', ` · ${site}`));
    // The link's own action comes first: it is what the reader tapped for.
    actionBar.prepend(button);
  }
  if (actions.back) actionBar.prepend(actionButton(doc, 'back', '\u2190 Back', actions.back));
  const frag = doc.createDocumentFragment();
  frag.append(head, body);
  if (actionBar.childElementCount > 0) frag.append(actionBar);
  return frag;
}

/** The card's content for one entry. */
export function renderEntry(doc: Document, entry: EntryDetails, actions: CardActions): DocumentFragment {
  const { head, body, actionBar } = parts(doc);
  head.append(el(doc, 'span', 'title', entry.title), el(doc, 'span', 'category', CATEGORY_LABELS[entry.category]));
  if (entry.subtitle) body.append(el(doc, 'p', 'subtitle', entry.subtitle));
  // What a person was when the article was written, under what they became (the subtitle).
  if (entry.atPageDate) body.append(el(doc, 'p', 'dated', entry.atPageDate));
  body.append(el(doc, 'p', 'summary', entry.summary));
  if (entry.details) {
    // A hover card is read at a glance: the longer text waits behind "More".
    const details = el(doc, 'p', 'details', entry.details);
    details.hidden = true;
    const more = el(doc, 'button', 'more', 'More');
    more.type = 'button';
    more.setAttribute('aria-expanded', 'false');
    more.addEventListener('click', () => {
      details.hidden = !details.hidden;
      more.setAttribute('aria-expanded', String(!details.hidden));
      more.textContent = details.hidden ? 'More' : 'Less';
    });
    body.append(more, details);
  }
  if (entry.related.length > 0) {
    const related = el(doc, 'div', 'related');
    related.append(el(doc, 'span', 'label', 'Related:'));
    for (const r of entry.related) related.append(entryButton(doc, r.id, r.title, actions));
    body.append(related);
  }
  const footer = el(doc, 'div', 'footer');
  if (entry.sources.length > 0) {
    footer.append(el(doc, 'span', 'label', entry.own ? 'Link: ' : entry.sources.length > 1 ? 'Sources: ' : 'Source: '));
  }
  entry.sources.forEach((s, i) => {
    if (i > 0) footer.append(doc.createTextNode(' · '));
    footer.append(safeLink(doc, s.url, s.title));
  });
  footer.append(
    el(doc, 'span', 'checked', entry.own ? ` Your entry, saved ${entry.checked}.` : ` Checked ${entry.checked}.`),
  );
  body.append(footer);
  if (actions.hideEntry) {
    const hide = actionButton(doc, 'hide', 'I know this one', () => actions.hideEntry?.(entry.id));
    hide.title = `Stop marking “${entry.title}” (Undo, or Gloss options, can show it again)`;
    actionBar.append(hide);
  }
  return assemble(doc, head, body, actionBar, actions);
}

type Choice = { id: string; title: string; subtitle?: string };

/** A card about a term that is not one entry: a heading, a sentence, and the entries to choose from. */
function renderChoices(
  doc: Document,
  term: string,
  label: string,
  message: string,
  choices: readonly Choice[],
  actions: CardActions,
): DocumentFragment {
  const { head, body, actionBar } = parts(doc);
  head.append(el(doc, 'span', 'title', term));
  if (label) head.append(el(doc, 'span', 'category', label));
  body.append(el(doc, 'p', 'summary', message));
  if (choices.length > 0) {
    const list = el(doc, 'div', 'related');
    for (const c of choices) {
      list.append(entryButton(doc, c.id, c.subtitle ? `${c.title} (${c.subtitle})` : c.title, actions));
    }
    body.append(list);
  }
  return assemble(doc, head, body, actionBar, actions);
}

/** The card's content when the page does not tell which meaning an alias has. */
export function renderUndecided(
  doc: Document,
  term: string,
  choices: readonly Choice[],
  actions: CardActions,
): DocumentFragment {
  const message = `This page does not make clear which “${term}” it means. It could be:`;
  return renderChoices(doc, term, 'Several meanings', message, choices, actions);
}

/** The card's content when the explanation cannot be loaded (the extension was updated or reloaded under the page). */
export function renderUnavailable(doc: Document, term: string, actions?: CardActions): DocumentFragment {
  const message = 'Gloss could not load this explanation. If Gloss was just updated, reload the page.';
  return renderChoices(doc, term, '', message, [], { ...actions, openEntry: () => {} });
}

/** The card's content when a looked-up text matches no entry: says so, and offers the closest. */
export function renderNoMatch(
  doc: Document,
  term: string,
  closest: readonly Choice[],
  actions: CardActions,
): DocumentFragment {
  const message =
    closest.length > 0
      ? `Gloss has no entry for “${term}”. The closest are:`
      : `Gloss has no entry for “${term}”, nor anything close to it.`;
  return renderChoices(doc, term, 'Not found', message, closest, actions);
}
