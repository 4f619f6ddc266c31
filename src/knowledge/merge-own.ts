/**
 * Puts a reader's own entries into the compiled alias table, so pages mark
 * them like bundled ones. Pure; the background runs it when own entries
 * change and publishes the result in place of the bundled table.
 *
 * An own entry's alias replaces a bundled alias of the same words (whatever
 * the case): the reader's meaning wins there, while the bundled entry keeps
 * its other aliases. Own entries are always marked unless the reader hides
 * them: they get the highest familiarity level, which every "how much" choice
 * marks.
 */
import { AliasFlag, type AliasTable, CASE_CODES, type TableAlias } from '../matching/alias-table';
import { buildMatcherIndex } from '../matching/matcher-index';
import { aliasKey } from '../matching/normalize';
import type { OwnEntry } from './own-entry';
import { defaultCaseRule, FAMILIARITY } from './schema';

const ALWAYS_MARKED = FAMILIARITY.length - 1;

export interface Replacement {
  /** The own entry's alias. */
  alias: string;
  /** Bundled entry ids that alias meant before. */
  replaced: string[];
}

/** The bundled aliases an own entry takes over (for the options page to say so). */
export function replacedBy(table: AliasTable, entry: Pick<OwnEntry, 'aliases'>): Replacement[] {
  const keys = new Map(entry.aliases.map((a) => [aliasKey(a.text), a.text]));
  const out = new Map<string, Set<string>>();
  for (const [text, flags, meanings] of table.aliases) {
    if (flags & (AliasFlag.Hint | AliasFlag.NotTerm)) continue;
    const own = keys.get(aliasKey(text));
    if (own === undefined) continue;
    const set = out.get(own) ?? new Set<string>();
    for (const m of meanings) if (!table.ids[m].startsWith('own-')) set.add(table.ids[m]);
    out.set(own, set);
  }
  return [...out].filter(([, ids]) => ids.size > 0).map(([alias, ids]) => ({ alias, replaced: [...ids] }));
}

export function mergeOwnEntries(table: AliasTable, own: readonly OwnEntry[]): AliasTable {
  if (own.length === 0) return table;
  const ownKeys = new Set(own.flatMap((e) => e.aliases.map((a) => aliasKey(a.text))));
  const categories = [...table.categories];
  const categoryIndex = (c: string) => {
    const i = categories.indexOf(c);
    return i >= 0 ? i : categories.push(c) - 1;
  };
  const base = table.ids.length;
  const ownAliases: TableAlias[] = own.flatMap((entry, i) =>
    entry.aliases.map((a): TableAlias => [
      a.text.normalize('NFC').trim(),
      CASE_CODES[a.case ?? defaultCaseRule(a.text)],
      [base + i],
    ]),
  );
  const aliases = [
    // Context words stay (they are evidence, not marks); a not-term phrase the reader made an alias goes.
    ...table.aliases.filter(([text, flags]) => flags & AliasFlag.Hint || !ownKeys.has(aliasKey(text))),
    ...ownAliases,
  ].toSorted((a, b) => b[0].length - a[0].length);
  return {
    v: table.v,
    ids: [...table.ids, ...own.map((e) => e.id)],
    cat: [...table.cat, ...own.map((e) => categoryIndex(e.category))],
    categories,
    rel: [...table.rel, ...own.map(() => [])],
    fam: [...table.fam, ...own.map(() => ALWAYS_MARKED)],
    // The reader's own entries have no dates: never ruled out by a page's date.
    ...(table.began ? { began: [...table.began, ...own.map(() => 0)] } : {}),
    ...(table.ended ? { ended: [...table.ended, ...own.map(() => 0)] } : {}),
    ...(table.titles ? { titles: [...table.titles, ...own.map(() => 0)] } : {}),
    ...(table.given ? { given: table.given } : {}),
    aliases,
    index: buildMatcherIndex(aliases),
  };
}
