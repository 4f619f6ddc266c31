/**
 * `npm run knowledge:stale [-- --all] [-- --limit N]`: the entries whose facts are most likely to have
 * changed (people in office, leaders, counts, "since" phrases), oldest check first, so the base can be kept
 * true. By default curated entries only: generated ones are refreshed with their dataset
 * (knowledge/data/<source>/README.md); `--all` lists them too.
 */
import { knowledgeDir } from '../src/knowledge/location';
import { loadKnowledge } from '../src/knowledge/read-files';
import { staleEntries } from '../src/knowledge/stale';

const args = process.argv.slice(2);
const all = args.includes('--all');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 50;

const { entries, fileOf } = loadKnowledge(knowledgeDir());
const chosen = all ? entries : entries.filter((e) => !fileOf.get(e.id)!.endsWith('(generated)'));
const items = staleEntries(chosen);
const today = new Date().toISOString().slice(0, 10);
const days = (date: string) => Math.round((Date.parse(today) - Date.parse(date)) / 86_400_000);

console.log(
  `${items.length} of ${chosen.length} ${all ? '' : 'curated '}entries carry facts that change; oldest check first:`,
);
console.log('checked     age  entry                                     re-check');
for (const item of items.slice(0, limit)) {
  console.log(
    `${item.checked}  ${String(days(item.checked)).padStart(4)}d  ${item.id.padEnd(40).slice(0, 40)}  ${item.signals.join(', ')}  (${fileOf.get(item.id)})`,
  );
}
if (items.length > limit) console.log(`... and ${items.length - limit} more (--limit N to see them)`);
