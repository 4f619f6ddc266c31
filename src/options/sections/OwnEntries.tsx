/** The reader's own entries: list, add, edit, delete. */
import { useEffect, useState } from 'react';
import { CATEGORY_LABELS } from '../../knowledge/labels';
import { newOwnId, type OwnEntry } from '../../knowledge/own-entry';
import { deleteOwnEntry, saveOwnEntry } from '../../settings/own-entries-store';
import { Section } from '../controls';
import { OwnEntryForm } from './OwnEntryForm';

type Editing = { kind: 'new' } | { kind: 'edit'; entry: OwnEntry } | null;

export function OwnEntriesSection({ entries }: { entries: readonly OwnEntry[] }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  useEffect(() => {
    // Deleted in another window while being edited here: saving it would bring it back, so say so.
    if (editing?.kind === 'edit' && !entries.some((e) => e.id === editing.entry.id)) {
      setStatus({ text: `“${editing.entry.title}” was deleted in another window; saving will add it again.` });
    }
  }, [entries, editing]);

  const save = async (entry: OwnEntry) => {
    await saveOwnEntry(entry);
    setEditing(null);
    setStatus({ text: `Saved “${entry.title}”. Open pages mark it now.` });
  };

  const remove = async (entry: OwnEntry) => {
    try {
      await deleteOwnEntry(entry.id);
      setStatus({ text: `Deleted “${entry.title}”.` });
    } catch (e) {
      setStatus({ text: `Gloss could not delete it: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
    setConfirming(null);
  };

  return (
    <Section title="Your own entries" id="own-entries">
      <p className="muted">
        Explain terms Gloss does not know, or give a term your own meaning: your entries are marked on pages and found
        by search like Gloss’s own. A word of yours that Gloss also knows means your entry on pages.
      </p>
      {status && (
        <p role="status" className={status.error ? 'notice error' : 'notice'}>
          {status.text}
        </p>
      )}
      {entries.length > 0 && (
        <ul className="list own-entries" aria-label="Your own entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span>
                <strong>{entry.title}</strong>{' '}
                <span className="muted">
                  {CATEGORY_LABELS[entry.category]} · {entry.aliases.map((a) => a.text).join(', ')}
                </span>
              </span>
              <span className="actions">
                <button
                  type="button"
                  aria-label={`Edit ${entry.title}`}
                  onClick={() => setEditing({ kind: 'edit', entry })}
                >
                  Edit
                </button>
                {confirming === entry.id ? (
                  <button type="button" className="danger" onClick={() => void remove(entry)}>
                    Delete “{entry.title}”?
                  </button>
                ) : (
                  <button type="button" aria-label={`Delete ${entry.title}`} onClick={() => setConfirming(entry.id)}>
                    Delete
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {editing === null ? (
        <button type="button" onClick={() => setEditing({ kind: 'new' })}>
          Add an entry
        </button>
      ) : (
        <OwnEntryForm
          key={editing.kind === 'edit' ? editing.entry.id : 'new'}
          entry={editing.kind === 'edit' ? editing.entry : null}
          newId={(title) => newOwnId(title, new Set(entries.map((e) => e.id)))}
          others={entries.filter((e) => editing.kind !== 'edit' || e.id !== editing.entry.id)}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
    </Section>
  );
}
