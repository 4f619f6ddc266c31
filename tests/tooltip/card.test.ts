// @vitest-environment happy-dom
/** The card shows knowledge as text, never markup, and links only http(s) URLs. */
import { describe, expect, it, vi } from 'vitest';
import type { EntryDetails } from '../../src/knowledge/compile';
import { renderEntry, renderUnavailable, renderUndecided, safeLink } from '../../src/tooltip/card';

const hostile: EntryDetails = {
  id: 'x',
  title: '<img src=x onerror=alert(1)>',
  subtitle: '<b>bold</b>',
  category: 'person',
  summary: '<script>alert(1)</script> & more',
  details: '<i>details</i>',
  related: [{ id: 'y', title: '<a href="javascript:alert(1)">y</a>' }],
  sources: [
    { title: 'ok', url: 'https://example.org/' },
    { title: 'js', url: 'javascript:alert(1)' },
    { title: 'data', url: 'data:text/html,<script>alert(1)</script>' },
  ],
  checked: '2026-11-22',
};

function mount(frag: DocumentFragment): HTMLElement {
  const div = document.createElement('div');
  div.append(frag);
  return div;
}

describe('renderEntry', () => {
  it('inserts every field as text', () => {
    const card = mount(renderEntry(document, hostile, { openEntry: () => {} }));
    expect(card.querySelectorAll('img, script, b, i, a[href^="javascript"]')).toHaveLength(0);
    expect(card.querySelector('.title')?.textContent).toBe(hostile.title);
    expect(card.querySelector('.summary')?.textContent).toBe(hostile.summary);
    expect(card.querySelector('.related-item')?.textContent).toBe(hostile.related[0].title);
  });

  it('links only https and http sources; the others are plain text', () => {
    const card = mount(renderEntry(document, hostile, { openEntry: () => {} }));
    const links = [...card.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/']);
    expect(links[0].rel).toBe('noopener noreferrer');
    expect(card.querySelector('.footer')?.textContent).toContain('js');
    expect(card.querySelector('.footer')?.textContent).toContain('data');
  });

  it('opens a related entry through the action, and keeps details behind More', () => {
    const openEntry = vi.fn<(id: string) => void>();
    const card = mount(renderEntry(document, hostile, { openEntry }));
    card.querySelector<HTMLButtonElement>('.related-item')!.click();
    expect(openEntry).toHaveBeenCalledWith('y');
    const details = card.querySelector<HTMLElement>('.details')!;
    expect(details.hidden).toBe(true);
    card.querySelector<HTMLButtonElement>('.more')!.click();
    expect(details.hidden).toBe(false);
  });
});

describe('a person at the page’s date (issue #17)', () => {
  const kishida: EntryDetails = {
    id: 'fumio-kishida',
    title: 'Fumio Kishida',
    subtitle: 'Prime Minister of Japan, 2021–2024',
    category: 'person',
    summary: 'Japanese politician.',
    related: [],
    sources: [{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Fumio_Kishida' }],
    checked: '2026-12-07',
  };

  it('says what they were then, under what they became', () => {
    const atPageDate = 'At this article’s date (March 2015): Minister for Foreign Affairs of Japan';
    const card = mount(renderEntry(document, { ...kishida, atPageDate }, { openEntry: () => {} }));
    const line = card.querySelector('.dated')!;
    expect(line.textContent).toBe(atPageDate);
    expect(line.previousElementSibling?.className).toBe('subtitle');
  });

  it('without it (an undated page, or the same role), says only what it knows as of its checked date', () => {
    const card = mount(renderEntry(document, kishida, { openEntry: () => {} }));
    expect(card.querySelector('.dated')).toBeNull();
    expect(card.querySelector('.checked')?.textContent).toBe(' Checked 2026-12-07.');
  });
});

describe("the card's parts and actions", () => {
  it('keeps title and actions outside the scrolling body', () => {
    const card = mount(renderEntry(document, hostile, { openEntry: () => {}, hideEntry: () => {} }));
    expect([...card.children].map((c) => c.className)).toEqual(['header', 'body', 'actions']);
    expect(card.querySelector('.body .summary')).not.toBeNull();
    expect(card.querySelector('.actions .hide')?.textContent).toBe('I know this one');
  });

  it('offers Back, "Open link" and a close button only when given', () => {
    const bare = mount(renderEntry(document, hostile, { openEntry: () => {} }));
    expect(bare.querySelector('.back, .open-link, .close, .actions')).toBeNull();
    const back = vi.fn<() => void>();
    const open = vi.fn<() => void>();
    const close = vi.fn<() => void>();
    const card = mount(
      renderEntry(document, hostile, { openEntry: () => {}, back, close, link: { href: 'https://x.test/a', open } }),
    );
    card.querySelector<HTMLButtonElement>('.back')!.click();
    card.querySelector<HTMLButtonElement>('.open-link')!.click();
    card.querySelector<HTMLButtonElement>('.close')!.click();
    expect([back, open, close].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
    expect(card.querySelector('.open-link')?.getAttribute('title')).toBe('https://x.test/a');
    expect(card.querySelector('.close')?.getAttribute('aria-label')).toBe('Close');
  });
});

describe('other cards', () => {
  it('lists the meanings of an undecided term', () => {
    const card = mount(
      renderUndecided(
        document,
        'SDF',
        [
          { id: 'a', title: 'A', subtitle: 'first' },
          { id: 'b', title: 'B' },
        ],
        {
          openEntry: () => {},
        },
      ),
    );
    expect([...card.querySelectorAll('.related-item')].map((b) => b.textContent)).toEqual(['A (first)', 'B']);
  });

  it('says when an explanation cannot be loaded', () => {
    const card = mount(renderUnavailable(document, 'NATO'));
    expect(card.querySelector('.title')?.textContent).toBe('NATO');
    expect(card.textContent).toContain('could not load');
  });

  it('shows a malformed URL as text', () => {
    expect(safeLink(document, 'not a url', 't').localName).toBe('span');
  });
});
