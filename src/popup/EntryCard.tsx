/** The full card of an entry, inside the popup; related entries open their own card here. */
import { useEffect, useRef, useState } from 'react';
import type { EntryDetails } from '../knowledge/compile';
import { CATEGORY_LABELS } from '../knowledge/labels';
import { send } from '../messaging/client';

function isWebLink(url: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function EntryCard({ id, onOpen, onBack }: { id: string; onOpen: (id: string) => void; onBack: () => void }) {
  const [entry, setEntry] = useState<EntryDetails | null | 'loading'>('loading');
  const heading = useRef<HTMLHeadingElement>(null);
  // Each card that opens takes focus on its title, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (entry !== 'loading') heading.current?.focus();
  }, [entry]);
  useEffect(() => {
    let live = true;
    setEntry('loading');
    send<'getEntry'>({ type: 'getEntry', id })
      .catch(() => null)
      .then((e) => live && setEntry(e));
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <article className="entry" aria-live="polite">
      <button type="button" className="back" onClick={onBack}>
        ← Back
      </button>
      {entry === 'loading' ? (
        <p className="muted">Loading…</p>
      ) : entry === null ? (
        <p className="muted">Gloss could not load this entry.</p>
      ) : (
        <>
          <header className="entry-header">
            <h2 className="entry-title" ref={heading} tabIndex={-1}>
              {entry.title}
            </h2>
            <span className="category">{CATEGORY_LABELS[entry.category]}</span>
          </header>
          {entry.subtitle && <p className="subtitle">{entry.subtitle}</p>}
          <p>{entry.summary}</p>
          {entry.details && <p>{entry.details}</p>}
          {entry.related.length > 0 && (
            <div className="related">
              <span className="muted">Related:</span>
              {entry.related.map((r) => (
                <button type="button" key={r.id} className="chip" onClick={() => onOpen(r.id)}>
                  {r.title}
                </button>
              ))}
            </div>
          )}
          <p className="sources">
            {entry.sources.length > 0 && (entry.own ? 'Link: ' : entry.sources.length > 1 ? 'Sources: ' : 'Source: ')}
            {entry.sources.map((s, i) => (
              <span key={s.url}>
                {i > 0 && ' · '}
                {isWebLink(s.url) ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </span>
            ))}{' '}
            {entry.sources.length > 0 && '· '}
            {entry.own ? `Your entry, saved ${entry.checked}.` : `Checked ${entry.checked}.`}
          </p>
        </>
      )}
    </article>
  );
}
