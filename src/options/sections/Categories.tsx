/** Categories on and off, and the entries the reader knows ("I know this one"). */
import { useEffect, useState } from 'react';
import { CATEGORY_LABELS } from '../../knowledge/labels';
import { CATEGORIES } from '../../knowledge/schema';
import { send } from '../../messaging/client';
import type { Settings } from '../../settings/schema';
import { Section, Toggle } from '../controls';

/** Entry titles, asked of the background (which holds the knowledge base) for the hidden entries' list. */
function useTitles(ids: readonly string[]): Map<string, string> {
  const [titles, setTitles] = useState(new Map<string, string>());
  useEffect(() => {
    let live = true;
    void Promise.all(
      ids.map(async (id) => [id, (await send<'getEntry'>({ type: 'getEntry', id }).catch(() => null))?.title] as const),
    ).then((pairs) => {
      if (live) setTitles(new Map(pairs.filter((p): p is [string, string] => typeof p[1] === 'string')));
    });
    return () => {
      live = false;
    };
  }, [ids]);
  return titles;
}

export function CategoriesSection({
  settings,
  change,
}: {
  settings: Settings;
  change: (apply: (s: Settings) => Settings) => void;
}) {
  const titles = useTitles(settings.hiddenEntries);
  return (
    <Section title="Categories and entries" id="categories">
      <fieldset className="choices grid">
        <legend>Mark terms of these kinds</legend>
        {CATEGORIES.map((category) => (
          <Toggle
            key={category}
            checked={!settings.hiddenCategories.includes(category)}
            onChange={(on) =>
              change((s) => ({
                ...s,
                hiddenCategories: on
                  ? s.hiddenCategories.filter((c) => c !== category)
                  : [...s.hiddenCategories, category],
              }))
            }
          >
            {CATEGORY_LABELS[category]}
          </Toggle>
        ))}
      </fieldset>
      <h3>Entries you know</h3>
      {settings.hiddenEntries.length === 0 ? (
        <p className="muted">None. Choose “I know this one” on a card to stop marking that term.</p>
      ) : (
        <ul className="list" aria-label="Entries you know">
          {settings.hiddenEntries.map((id) => (
            <li key={id}>
              <span>{titles.get(id) ?? id}</span>
              <button
                type="button"
                aria-label={`Mark ${titles.get(id) ?? id} again`}
                onClick={() => change((s) => ({ ...s, hiddenEntries: s.hiddenEntries.filter((x) => x !== id) }))}
              >
                Mark again
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
