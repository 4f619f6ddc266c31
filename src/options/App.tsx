/**
 * The options page: where Gloss runs. Issue #4 adds how terms look, what opens
 * a card, categories, own entries, import and export.
 */
import { useEffect, useState } from 'react';
import type { Settings } from '../settings/schema';
import { type LoadedSettings, loadSettings, updateSettings, watchSettings } from '../settings/store';

export function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setLoaded);
    // Another options page or the popup may change settings too: show what is stored.
    return watchSettings(setLoaded);
  }, []);

  const change = async (apply: (s: Settings) => Settings) => {
    try {
      setError(null);
      await updateSettings(apply);
    } catch (e) {
      setError(`Gloss could not save this change: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  if (loaded === null) return <main className="options">Loading…</main>;
  const { settings, problem } = loaded;
  return (
    <main className="options">
      <h1>Gloss options</h1>
      {problem && (
        <p role="alert" className="notice">
          {problem}
        </p>
      )}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <section aria-labelledby="where">
        <h2 id="where">Where Gloss runs</h2>
        <label className="toggle">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(e) => void change((s) => ({ ...s, paused: e.target.checked }))}
          />
          Pause Gloss everywhere
        </label>
        <h3>Sites where Gloss is off</h3>
        {settings.disabledSites.length === 0 ? (
          <p className="muted">None. Turn Gloss off for a site from the toolbar popup while you are on it.</p>
        ) : (
          <ul className="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  onClick={() =>
                    void change((s) => ({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) }))
                  }
                >
                  Turn on again
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
