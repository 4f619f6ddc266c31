/**
 * Alias tables 10 and 30 times today's size, for measuring how Gloss's set-up scales before the knowledge base
 * does. The bundled table padded with made-up but plausible entries: people ("Velimar Kastoren", "V. Kastoren"),
 * organisations with an acronym ("Kastoren Development Council", "KDC"), places, and a few context words, in
 * today's proportions (about five aliases an entry). The names occur on no page, as most of a large base's names
 * occur on no one page.
 */
import { buildMatcherIndex } from '../../src/matching/matcher-index';
import { type AliasTable, AliasFlag, CaseCode, type TableAlias } from '../../src/matching/alias-table';

const SYLLABLES = ['ka', 'ro', 'vi', 'tel', 'mar', 'zu', 'den', 'qo', 'lix', 'bra', 'sen', 'yor', 'ast', 'ne', 'gul'];

function word(n: number, parts: number): string {
  let w = '';
  for (let k = 0; k < parts; k++, n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w[0].toUpperCase() + w.slice(1);
}

/** `table` with synthetic entries added until it has about `factor` times its aliases. */
export function scaledTable(table: AliasTable, factor: number): AliasTable {
  if (factor <= 1) return table;
  const aliases: TableAlias[] = [...table.aliases];
  const ids = [...table.ids];
  const cat = [...table.cat];
  const rel = table.rel.map((r) => [...r]);
  const fam = [...table.fam];
  const want = table.aliases.length * factor;
  for (let i = 0; aliases.length < want; i++) {
    const e = ids.length;
    const given = word(i * 31 + 7, 3);
    const family = word(i * 17 + 5, 3);
    const kind = i % 5;
    ids.push(`synthetic-${kind}-${i}`);
    cat.push(i % table.categories.length);
    fam.push(1 + (i % 2));
    rel.push(i % 4 === 0 ? [e - 1] : []);
    if (kind < 3) {
      aliases.push([`${given} ${family}`, CaseCode.Name, [e]]);
      aliases.push([`${given[0]}. ${family}`, CaseCode.Name, [e]]);
      aliases.push([`${family}`, CaseCode.Name | AliasFlag.NeedsContext, [e]]);
      aliases.push([`${given} ${word(i, 2)} ${family}`, CaseCode.Name, [e]]);
    } else if (kind === 3) {
      aliases.push([`${family} Development Council`, CaseCode.Name, [e]]);
      aliases.push([`${family} Council`, CaseCode.Name, [e, e - 1]]);
      aliases.push([`${given[0]}${family[0]}DC`, CaseCode.Exact, [e]]);
      aliases.push([`council of ${family}`, CaseCode.Any | AliasFlag.Hint, [e]]);
    } else {
      aliases.push([`${family}${word(i, 1).toLowerCase()}`, CaseCode.Name, [e]]);
      aliases.push([`${family} Province`, CaseCode.Name, [e]]);
      aliases.push([`${family}'s ${given}`, CaseCode.Name, [e]]);
      aliases.push([`Port ${family}`, CaseCode.Name, [e]]);
      aliases.push([`${given}-${family}`, CaseCode.Name, [e]]);
    }
  }
  const sorted = aliases.toSorted((a, b) => b[0].length - a[0].length);
  return { ...table, ids, cat, rel, fam, aliases: sorted, index: buildMatcherIndex(sorted) };
}
