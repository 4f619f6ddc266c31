import type { EntryDetails } from '../knowledge/compile';
import { knowledgeStats } from './knowledge-stats';

export function App({ entries }: { entries: readonly EntryDetails[] }) {
  const stats = knowledgeStats(entries);
  return (
    <main className="popup">
      <header className="brand">
        <img src="/icon/32.png" width={24} height={24} alt="" />
        <h1>Gloss</h1>
      </header>
      <p className="lead">
        Terms on news pages are marked with a dotted underline. Rest the pointer on one for a short, neutral, sourced
        explainer.
      </p>
      <section aria-labelledby="kb-heading">
        <h2 id="kb-heading">Knowledge base</h2>
        <p>
          <strong>{stats.entries}</strong> entries, each with sources; last checked {stats.lastChecked}.
        </p>
        <ul className="categories">
          {stats.categories.map((c) => (
            <li key={c.category}>
              {c.label} <span className="count">{c.count}</span>
            </li>
          ))}
        </ul>
      </section>
      <p className="privacy">Everything Gloss knows ships with it: nothing you read leaves your browser.</p>
    </main>
  );
}
