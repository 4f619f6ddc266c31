/**
 * The options page: what Gloss marks and how, what opens a card, categories
 * and known entries, where Gloss runs, the reader's own entries, and backup.
 * Every change is validated, stored at once, and reaches open tabs through
 * storage; another window's changes show here as they happen.
 */
import { useEffect, useRef, useState } from 'react';
import { discardUnreadable, unreadableValues } from '../settings/backup';
import type { Settings } from '../settings/schema';
import { type LoadedSettings, loadSettings, updateSettings, watchSettings } from '../settings/store';
import { useOwnEntries } from '../ui/use-own-entries';
import { BackupSection } from './sections/Backup';
import { CardsSection } from './sections/Cards';
import { CategoriesSection } from './sections/Categories';
import { MarkingSection } from './sections/Marking';
import { OwnEntriesSection } from './sections/OwnEntries';
import { ShortcutsSection } from './sections/Shortcuts';
import { SitesSection } from './sections/Sites';

export function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const own = useOwnEntries();
  const [error, setError] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  /** Changes of this page still being stored: until they are, storage shows an older state than the page. */
  const pending = useRef(0);
  useEffect(() => {
    void loadSettings().then(setLoaded);
    // Another options page or the popup may change settings too: show what is stored.
    return watchSettings((next) => pending.current === 0 && setLoaded(next));
  }, []);
  // A value that could not be read stays downloadable, also after a change has replaced it.
  useEffect(() => {
    void unreadableValues().then((kept) => setUnreadable(kept !== null));
  }, [loaded, own]);

  const change = (apply: (s: Settings) => Settings) => {
    setError(null);
    // Shown at once (a control follows the reader's hand); storage confirms it through the watch, or, when
    // the change cannot be stored, the page goes back to what is stored and says why.
    setLoaded((current) => current && { ...current, settings: apply(current.settings) });
    pending.current++;
    updateSettings(apply)
      .catch((e: unknown) => {
        setError(`Gloss could not save this change: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => {
        if (--pending.current === 0) void loadSettings().then(setLoaded);
      });
  };

  if (loaded === null || own === null) return <main className="options">Loading…</main>;
  const { settings } = loaded;
  const problems = [loaded.problem, own.problem].filter((p): p is string => p !== undefined);
  return (
    <main className="options">
      <h1>Gloss options</h1>
      <p className="muted">Changes apply at once, in every open tab.</p>
      {problems.map((problem) => (
        <p key={problem} role="alert" className="notice">
          {problem}
        </p>
      ))}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {unreadable && problems.length === 0 && (
        <div className="notice">
          <p>Gloss kept a stored value it could not read earlier. You can download it from the Backup section.</p>
          <button type="button" onClick={() => void discardUnreadable().then(() => setUnreadable(false))}>
            Discard the kept value
          </button>
        </div>
      )}
      <MarkingSection settings={settings} change={change} />
      <CardsSection settings={settings} change={change} />
      <CategoriesSection settings={settings} change={change} />
      <SitesSection settings={settings} change={change} />
      <OwnEntriesSection entries={own.value} />
      <BackupSection hasUnreadable={unreadable} />
      <ShortcutsSection />
    </main>
  );
}
