/**
 * A page's own alias table, cut from the whole knowledge base in the background: the aliases that can occur in
 * the page's words, the entries they name, and nothing else.
 *
 * Why: measured with the built extension in Chromium (docs/performance-scale.md), the whole table read on every
 * page cost the storage read ~20 ms per MB and its decoding more again, and its JS heap grew with it: 8 MB, 174 ms
 * to read, 304 ms of set-up and 35 MB of heap at 30 times today's aliases. A page's words name a few hundred of
 * them however large the base. So the page sends the keys of its distinct words (word-keys.ts), as uBlock Origin's
 * content script sends a page's class names and ids for the cosmetic filters that apply to them, and gets back a
 * table of the aliases whose first, second and third words are all among them: the same matches as the whole
 * table would give on that text (a test holds it to that on every corpus page). Pure.
 */
import { AliasFlag, type AliasTable, ENTRY_FIELDS, type TableAlias } from './alias-table';
import { buildIndexArrays, buildMatcherIndex, decodeIndex, type IndexArrays } from './matcher-index';
import { titledEntries } from './titles';
import { type KeySet, keyOf } from './word-keys';

export class AliasDirectory {
  private readonly index: IndexArrays;

  /** The key of each of the table's first names (`given`). */
  private readonly givenKeys: number[];

  constructor(readonly table: AliasTable) {
    this.index = decodeIndex(table.index, table.aliases.length) ?? buildIndexArrays(table.aliases);
    this.givenKeys = (table.given ?? []).map((w) => keyOf(w, 0, w.length));
  }

  /**
   * The table for a text whose words have the keys `words`, with its matcher index made for those words (see
   * MatcherIndex.words). Its entries keep their ids; their indices are its own.
   * @param names the page's titled names (titles.ts's titledNames), when the page sent its text: the entries it
   * names by title travel with the table.
   */
  subset(words: KeySet, names?: Map<string, number>): AliasTable {
    const { keys, firstCandidate, candidateCount, candidates, secondWord, thirdWord, size } = this.index;
    const { table } = this;
    const mask = size - 1;
    const picked: number[] = [];
    for (const h of words) {
      let slot = h & mask;
      while (keys[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
      if (keys[slot] === 0) continue;
      for (let k = firstCandidate[slot], to = k + candidateCount[slot]; k < to; k++) {
        if (secondWord[k] !== 0 && !words.has(secondWord[k])) continue;
        if (thirdWord[k] !== 0 && !words.has(thirdWord[k])) continue;
        picked.push(candidates[k]);
      }
    }
    // The whole table's order (longest alias first), which its matcher keeps among aliases of one first word.
    picked.sort((a, b) => a - b);

    // Entries named by the terms found; context words count only for those.
    const local = new Map<number, number>();
    const name = (e: number) => {
      let i = local.get(e);
      if (i === undefined) local.set(e, (i = local.size));
      return i;
    };
    for (const a of picked) if (!(table.aliases[a][1] & AliasFlag.Hint)) for (const e of table.aliases[a][2]) name(e);
    const aliases: TableAlias[] = [];
    for (const a of picked) {
      const [text, flags, meanings] = table.aliases[a];
      if (flags & AliasFlag.Hint) {
        const kept = meanings.filter((e) => local.has(e)).map((e) => local.get(e)!);
        if (kept.length > 0) aliases.push([text, flags, kept]);
      } else aliases.push([text, flags, meanings.map((e) => local.get(e)!)]);
    }

    const entries = [...local.keys()];
    const sub: AliasTable = {
      v: table.v,
      ids: entries.map((e) => table.ids[e]),
      categories: table.categories,
      // Evidence for an entry is another entry named on the page: one this table holds, or none.
      rel: entries.map((e) => table.rel[e].filter((r) => local.has(r)).map((r) => local.get(r)!)),
      aliases,
    } as AliasTable;
    for (const field of ENTRY_FIELDS) {
      const column = table[field];
      if (column !== undefined) (sub[field] as number[]) = entries.map((e) => column[e]);
    }
    const given = table.given?.filter((_, i) => words.has(this.givenKeys[i]));
    if (given !== undefined && given.length > 0) sub.given = given;
    const { titles } = table;
    if (names !== undefined && titles !== undefined) {
      const named = titledEntries(
        sub,
        entries.map((e) => titles[e]),
        names,
      );
      if (named.length > 0) sub.named = named;
    }
    // The page's matcher index, built here with the page's words (warm code, off the page's thread), so the page
    // decodes it natively where it used to decode the words and build the index itself, cold: 2-10 ms a page.
    sub.index = buildMatcherIndex(aliases, words.toArray());
    return sub;
  }
}
