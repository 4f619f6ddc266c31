/**
 * The options page: where Gloss runs. Issue #4 adds how terms look, what opens
 * a card, categories, own entries, import and export.
 */
import { useEffect, useState } from 'react';
import type { Marking, Settings } from '../settings/schema';

const MARKING_CHOICES: { value: Marking; label: string; hint: string }[] = [
  {
    value: 'fewer',
    label: 'Fewer',
    hint: 'Only specialist terms most readers would stop at (Komeito, HIMARS, basis points).',
  },
  {
    value: 'default',
    label: 'Default',
    hint: 'Terms a general reader may not know (the G7, the Bundestag, Article 9), not familiar names.',
  },
  { value: 'more', label: 'More', hint: 'Familiar names too (China, Donald Trump, inflation).' },
];
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
      <section aria-labelledby="what">
        <h2 id="what">How much Gloss marks</h2>
        <fieldset className="choices">
          <legend className="muted">Everything stays searchable and can be looked up from a selection.</legend>
          {MARKING_CHOICES.map((choice) => (
            <label key={choice.value} className="choice">
              <input
                type="radio"
                name="marking"
                value={choice.value}
                checked={settings.marking === choice.value}
                onChange={() => void change((s) => ({ ...s, marking: choice.value }))}
              />
              <span>
                <strong>{choice.label}</strong> <span className="muted">{choice.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>
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
