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

/** The card's content for one entry. */
export function renderEntry(doc: Document, entry: EntryDetails, actions: CardActions): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const header = el(doc, 'div', 'header');
  header.append(el(doc, 'span', 'title', entry.title), el(doc, 'span', 'category', CATEGORY_LABELS[entry.category]));
  frag.append(header);
  if (entry.subtitle) frag.append(el(doc, 'p', 'subtitle', entry.subtitle));
  frag.append(el(doc, 'p', 'summary', entry.summary));
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
    frag.append(more, details);
  }
  if (entry.related.length > 0) {
    const related = el(doc, 'div', 'related');
    related.append(el(doc, 'span', 'label', 'Related:'));
    for (const r of entry.related) related.append(entryButton(doc, r.id, r.title, actions));
    frag.append(related);
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
  frag.append(footer);
  if (actions.hideEntry) {
    const hide = el(doc, 'button', 'hide', 'I know this one');
    hide.type = 'button';
    hide.title = `Stop marking “${entry.title}” (Gloss options can show it again)`;
    hide.addEventListener('click', () => actions.hideEntry?.(entry.id));
    frag.append(hide);
  }
  return frag;
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
  const frag = doc.createDocumentFragment();
  const header = el(doc, 'div', 'header');
  header.append(el(doc, 'span', 'title', term));
  if (label) header.append(el(doc, 'span', 'category', label));
  frag.append(header, el(doc, 'p', 'summary', message));
  if (choices.length > 0) {
    const list = el(doc, 'div', 'related');
    for (const c of choices) {
      list.append(entryButton(doc, c.id, c.subtitle ? `${c.title} (${c.subtitle})` : c.title, actions));
    }
    frag.append(list);
  }
  return frag;
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
export function renderUnavailable(doc: Document, term: string): DocumentFragment {
  const message = 'Gloss could not load this explanation. If Gloss was just updated, reload the page.';
  return renderChoices(doc, term, '', message, [], { openEntry: () => {} });
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
