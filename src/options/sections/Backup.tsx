/**
 * Export and import: one JSON file with the settings and own entries. An
 * import is read and checked completely, shown, and only then stored in one
 * write; a bad file changes nothing and each problem names its place.
 */
import { type ChangeEvent, useId, useState } from 'react';
import {
  type Backup,
  backupFile,
  currentBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  restoreBackup,
  unreadableValues,
} from '../../settings/backup';
import { Section } from '../controls';

/** Saves text as a file through the browser's download (nothing leaves the machine). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportUnreadable(): Promise<void> {
  const kept = await unreadableValues();
  if (kept) download('gloss-unreadable-values.json', `${JSON.stringify(kept, null, 2)}\n`);
}

type Status =
  | { kind: 'idle' }
  | { kind: 'refused'; file: string; problems: string[] }
  | { kind: 'ready'; file: string; backup: Backup; exported?: string }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; text: string };

export function BackupSection({ hasUnreadable }: { hasUnreadable: boolean }) {
  const inputId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const exportAll = async () => {
    const text = backupFile(await currentBackup());
    download(`gloss-backup-${new Date().toISOString().slice(0, 10)}.json`, text);
    setStatus({ kind: 'done', text: 'Exported your settings and own entries.' });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // The size first: a huge file is refused before it is read.
    const result =
      file.size > MAX_BACKUP_BYTES ? parseBackup('', file.size) : parseBackup(await file.text(), file.size);
    setStatus(
      result.ok
        ? {
            kind: 'ready',
            file: file.name,
            backup: result.backup,
            ...(result.exported ? { exported: result.exported } : {}),
          }
        : { kind: 'refused', file: file.name, problems: result.problems },
    );
  };

  const apply = async (backup: Backup) => {
    try {
      await restoreBackup(backup);
      setStatus({ kind: 'done', text: 'Imported. Open pages use it now.' });
    } catch (e) {
      setStatus({ kind: 'failed', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <Section title="Backup" id="backup">
      <p className="muted">
        One file with your settings and own entries, to keep or to move to another browser. Importing replaces both; a
        file with any problem changes nothing.
      </p>
      <div className="buttons">
        <button type="button" onClick={() => void exportAll()}>
          Export to a file
        </button>
        {/* The input keeps the keyboard focus; its label is what shows, with the focus ring (options.css). */}
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          onChange={(e) => void choose(e)}
        />
        <label htmlFor={inputId} className="button-like">
          Import from a file…
        </label>
        {hasUnreadable && (
          <button type="button" onClick={() => void exportUnreadable()}>
            Download the unreadable stored values
          </button>
        )}
      </div>
      <div aria-live="polite">
        {status.kind === 'refused' && (
          <div role="alert" className="notice error">
            <p>
              “{status.file}” was not imported; nothing was changed.
              {status.problems.length > 1 ? ' Its problems:' : ''}
            </p>
            <ul className="problems">
              {status.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {status.kind === 'ready' && (
          <div className="notice">
            <p>
              “{status.file}”{status.exported ? `, exported ${status.exported.slice(0, 10)},` : ''} has your settings
              and {status.backup.ownEntries.length} own {status.backup.ownEntries.length === 1 ? 'entry' : 'entries'}.
              Importing replaces what you have now.
            </p>
            <div className="buttons">
              <button type="button" className="primary" onClick={() => void apply(status.backup)}>
                Import
              </button>
              <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {status.kind === 'done' && (
          <p role="status" className="notice">
            {status.text}
          </p>
        )}
        {status.kind === 'failed' && (
          <p role="alert" className="notice error">
            {status.text}
          </p>
        )}
      </div>
    </Section>
  );
}
