/** Turn Gloss off for this site, pause it everywhere, open the options: each takes effect in open tabs at once. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type PageState, withSite } from '../settings/page-policy';
import { updateSettings } from '../settings/store';

export function QuickControls({
  site,
  state,
  onChanged,
}: {
  site: string | null;
  state: PageState;
  onChanged: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  // Shown at once; the page's own answer (state) follows when it has restarted.
  const [shown, setShown] = useState(state);
  useEffect(() => setShown(state), [state]);
  const change = async (next: PageState, apply: Parameters<typeof updateSettings>[0]) => {
    const before = shown;
    setShown(next);
    try {
      setError(null);
      await updateSettings(apply);
      onChanged();
    } catch (e) {
      setShown(before);
      setError(`Gloss could not save this change: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section className="controls" aria-label="Quick controls">
      {site !== null && (
        <label className="toggle">
          <input
            type="checkbox"
            checked={shown !== 'site-off'}
            disabled={shown === 'paused'}
            onChange={(e) => {
              const on = e.target.checked;
              void change(on ? 'on' : 'site-off', (s) => withSite(s, site, on));
            }}
          />
          Mark terms on {site}
        </label>
      )}
      <label className="toggle">
        <input
          type="checkbox"
          checked={shown === 'paused'}
          onChange={(e) => {
            const paused = e.target.checked;
            void change(paused ? 'paused' : 'on', (s) => ({ ...s, paused }));
          }}
        />
        Pause Gloss everywhere
      </label>
      <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
        Options
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
