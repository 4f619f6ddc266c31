/** Where Gloss runs: pause, everywhere but some sites, or only on some sites. */
import { type FormEvent, useId, useState } from 'react';
import { siteOf } from '../../settings/page-policy';
import { type Settings, type SiteMode, siteSchema } from '../../settings/schema';
import { type Choice, RadioGroup, Section, Toggle } from '../controls';

const MODE_CHOICES: Choice<SiteMode>[] = [
  { value: 'everywhere', label: 'On every site, except those listed' },
  { value: 'listed', label: 'Only on the sites listed' },
];

/** A site as typed ("https://www.bbc.co.uk/news", "BBC.co.uk") in the form Gloss keys sites by. */
export function siteFromInput(text: string): string {
  const t = text.trim();
  return siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`) ?? t.toLowerCase();
}

export function SitesSection({
  settings,
  change,
}: {
  settings: Settings;
  change: (apply: (s: Settings) => Settings) => void;
}) {
  const inputId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listed = settings.siteMode === 'listed';
  const key = listed ? 'enabledSites' : 'disabledSites';
  const sites = settings[key];

  const add = (event: FormEvent) => {
    event.preventDefault();
    const site = siteFromInput(draft);
    const parsed = siteSchema.safeParse(site);
    if (!parsed.success) {
      setError(`“${draft}” is not a site: ${parsed.error.issues[0].message}.`);
      return;
    }
    setError(null);
    setDraft('');
    change((s) => (s[key].includes(site) ? s : { ...s, [key]: [...s[key], site] }));
  };

  return (
    <Section title="Where Gloss runs" id="sites">
      <Toggle checked={settings.paused} onChange={(paused) => change((s) => ({ ...s, paused }))}>
        Pause Gloss everywhere
      </Toggle>
      <RadioGroup
        legend="Sites"
        name="siteMode"
        choices={MODE_CHOICES}
        value={settings.siteMode}
        onChange={(siteMode) => change((s) => ({ ...s, siteMode }))}
      />
      <h3>{listed ? 'Sites where Gloss runs' : 'Sites where Gloss is off'}</h3>
      {sites.length === 0 ? (
        <p className="muted">
          {listed
            ? 'None yet: Gloss marks nothing until you add a site here or turn it on from the toolbar popup.'
            : 'None. Turn Gloss off for a site here or from the toolbar popup while you are on it.'}
        </p>
      ) : (
        <ul className="list" aria-label={listed ? 'Sites where Gloss runs' : 'Sites where Gloss is off'}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={`Remove ${site}`}
                onClick={() => change((s) => ({ ...s, [key]: s[key].filter((x) => x !== site) }))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={add}>
        <label htmlFor={inputId}>Add a site</label>
        <input
          id={inputId}
          value={draft}
          placeholder="example.com"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">Add</button>
      </form>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </Section>
  );
}
