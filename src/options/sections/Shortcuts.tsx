/** The keyboard shortcuts as the browser has them now, and how to change them. */
import { useEffect, useState } from 'react';
import { howToChangeShortcuts, openShortcutSettings, readShortcuts, type Shortcut } from '../../settings/shortcuts';
import { Section } from '../controls';

export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null | undefined>(undefined);
  const [cannotOpen, setCannotOpen] = useState(false);
  useEffect(() => {
    const read = () => void readShortcuts().then(setShortcuts, () => setShortcuts(null));
    read();
    // Changed in the browser's page meanwhile: show the keys as they are when the reader comes back.
    const onFocus = () => read();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
  return (
    <Section title="Keyboard shortcuts" id="shortcuts">
      {shortcuts === undefined ? (
        <p className="muted">Reading the shortcuts…</p>
      ) : shortcuts === null ? (
        <p>
          This browser has no keyboard shortcuts for extensions (Firefox for Android, for one). Tap a marked term to
          open its card; the Gloss popup lists the terms on the page.
        </p>
      ) : (
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">Shortcut</th>
              <th scope="col">What it does</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name}>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span className="muted">Not set</span>}</td>
                <td>{s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shortcuts !== null && (
        <p>
          {howToChangeShortcuts()}{' '}
          <button type="button" onClick={() => void openShortcutSettings().then((opened) => setCannotOpen(!opened))}>
            Change shortcuts
          </button>
          {cannotOpen && (
            <span className="muted"> This browser does not let Gloss open that page: open it by hand.</span>
          )}
        </p>
      )}
    </Section>
  );
}
