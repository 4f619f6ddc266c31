/**
 * The toolbar popup: search the whole knowledge base, or, with an empty
 * query, see the terms Gloss found on the page and jump to them; quick
 * controls for this site, pausing, and the options page.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATEGORY_LABELS } from '../knowledge/labels';
import { askPage } from '../messaging/tabs';
import { type SearchDoc, Searcher, searchAnswer, toSearchDoc } from '../search/search';
import { useOwnEntries } from '../ui/use-own-entries';
import { EntryCard } from './EntryCard';
import { Highlighted } from './Highlighted';
import { unreachableReason } from './page-status';
import { QuickControls } from './QuickControls';
import { usePage } from './use-page';

interface Row {
  id: string;
  title: string;
  subtitle?: string;
  /** Search: what matched. Glossary: how often the term occurs. */
  matched?: { text: string; ranges: [number, number][] };
  count?: number;
}

export function App({ searcher, docs }: { searcher: Searcher; docs: readonly SearchDoc[] }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const { page, refresh } = usePage();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const own = useOwnEntries();
  const ownDocs = useMemo(() => (own?.value ?? []).map((e) => toSearchDoc(e)), [own]);
  const ownSearcher = useMemo(() => new Searcher(ownDocs), [ownDocs]);
  const byId = useMemo(() => new Map([...docs, ...ownDocs].map((d) => [d.id, d])), [docs, ownDocs]);

  const searching = query.trim().length > 0;
  /** Searching: whether Gloss has no entry for the query (the rows are then the closest ones, if any). */
  const [rows, noEntry]: [Row[], boolean] = useMemo(() => {
    if (searching) {
      // The reader's own entries are searched like bundled ones, and come first when they match as well.
      const answer = searchAnswer(
        [...ownSearcher.search(query, 12), ...searcher.search(query, 12)].toSorted((a, b) => a.score - b.score),
      );
      const shown = (answer.hits.length > 0 ? answer.hits : answer.closest).slice(0, 12);
      return [
        shown.map((h) => ({ id: h.id, title: h.title, subtitle: h.subtitle, matched: h.matched })),
        answer.hits.length === 0,
      ];
    }
    if (page.kind !== 'page') return [[], false];
    return [page.terms.map((t) => ({ id: t.id, title: byId.get(t.id)?.title ?? t.id, count: t.count })), false];
  }, [searching, query, searcher, ownSearcher, page, byId]);

  useEffect(() => setActive(0), [query]);
  // In the card view, Esc goes back to the list wherever focus is (a related entry's button is replaced when
  // its card opens, leaving focus on the body).
  useEffect(() => {
    if (openId === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setOpenId(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openId]);
  useEffect(() => {
    if (openId === null) input.current?.focus();
  }, [openId]);
  useEffect(() => {
    // How long a reader waits before typing gives results: the index is ready at the first render.
    performance.mark('gloss:popup-ready');
  }, []);

  const choose = async (row: Row) => {
    if (searching || page.kind !== 'page') {
      setOpenId(row.id);
      return;
    }
    // From the page's glossary: show the term in the page itself.
    await askPage(page.tab.id, { type: 'revealTerm', id: row.id });
    if (!new URLSearchParams(location.search).has('tab')) window.close();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (rows.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + rows.length) % rows.length);
    } else if (event.key === 'Enter' && rows[active]) {
      event.preventDefault();
      void choose(rows[active]);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };

  if (openId !== null) {
    return (
      <main className="popup">
        <EntryCard id={openId} onOpen={setOpenId} onBack={() => setOpenId(null)} />
      </main>
    );
  }

  const activeId = rows[active] ? `${listId}-${active}` : undefined;
  return (
    <main className="popup">
      <header className="brand">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <h1>Gloss</h1>
      </header>
      <input
        ref={input}
        className="search"
        type="search"
        // The reader opens the popup to search: the box is where their typing goes.
        // oxlint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        placeholder="Search people, places, treaties…"
        aria-label="Search Gloss's knowledge base"
        role="combobox"
        aria-expanded={rows.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-autocomplete="list"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {!searching && <PageHeading page={page} />}
      {searching && noEntry && (
        <p className="muted">
          Gloss has no entry for “{query.trim()}”.{rows.length > 0 && ' Closest:'}
        </p>
      )}
      {rows.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          className="results"
          aria-label={searching ? (noEntry ? 'Closest entries' : 'Search results') : 'Terms on this page'}
        >
          {rows.map((row, i) => (
            // Keyboard selection happens in the search box (aria-activedescendant); a click chooses too.
            // oxlint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={row.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'row active' : 'row'}
              onMouseEnter={() => setActive(i)}
              onClick={() => void choose(row)}
            >
              <span className="row-title">
                {row.matched && row.matched.text === row.title ? (
                  <Highlighted text={row.title} ranges={row.matched.ranges} />
                ) : (
                  row.title
                )}
              </span>
              {row.count !== undefined && <span className="count">×{row.count}</span>}
              {row.matched && row.matched.text !== row.title && row.matched.ranges.length > 0 && (
                <span className="also">
                  <Highlighted text={row.matched.text} ranges={row.matched.ranges} />
                </span>
              )}
              {row.subtitle && <span className="row-subtitle">{row.subtitle}</span>}
              {!row.subtitle && byId.get(row.id) && (
                <span className="row-subtitle">{CATEGORY_LABELS[byId.get(row.id)!.category]}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {page.kind === 'page' && !searching && page.state === 'on' && (
        // The context menu's and the shortcut's "explain the selection", for browsers with neither (Firefox for
        // Android): select text on the page, open Gloss, and its card opens on the page.
        <button
          type="button"
          className="link explain-selection"
          onClick={() =>
            void askPage(page.tab.id, { type: 'explainSelection' }).then(() => {
              if (!new URLSearchParams(location.search).has('tab')) window.close();
            })
          }
        >
          Explain the selected text
        </button>
      )}
      {page.kind === 'page' && <QuickControls site={page.site} state={page.state} onChanged={() => refresh(true)} />}
      {page.kind !== 'page' && (
        <footer className="footer-actions">
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Options
          </button>
        </footer>
      )}
    </main>
  );
}

function PageHeading({ page }: { page: ReturnType<typeof usePage>['page'] }) {
  if (page.kind === 'loading') return <p className="muted">Looking at this page…</p>;
  if (page.kind === 'unreachable') return <p className="notice">{unreachableReason(page.tab?.url)}</p>;
  if (page.state === 'paused') return <p className="notice">Gloss is paused everywhere.</p>;
  if (page.state === 'site-off') return <p className="notice">Gloss is turned off on {page.site}.</p>;
  if (page.language !== undefined && page.terms.length === 0) {
    return <p className="notice">Gloss’s knowledge is in English; this page is in {page.language}.</p>;
  }
  if (page.terms.length === 0) return <p className="muted">No terms from Gloss’s knowledge base on this page.</p>;
  return <h2 className="section">On this page</h2>;
}
