/**
 * Compiles validated entries into what the extension ships: the compact alias
 * table the content script carries, and the entry details the background
 * hands out when a card opens. Pure.
 */
import { type AliasTable, ALIAS_TABLE_VERSION, AliasFlag, CASE_CODES, type TableAlias } from '../matching/alias-table';
import { buildMatcherIndex } from '../matching/matcher-index';
import { dayOfPartial, NO_DAY } from '../matching/dates';
import { aliasKey } from '../matching/normalize';
import { roleTitles, titleOfWord } from '../matching/titles';
import { type Category, defaultCaseRule, type Entry, FAMILIARITY, type Role } from './schema';
import { weakFlags } from './weak-aliases';

/** What a card shows. Everything in it is text; the card never parses it as markup. */
export interface EntryDetails {
  id: string;
  title: string;
  subtitle?: string;
  category: Category;
  summary: string;
  details?: string;
  related: { id: string; title: string }[];
  sources: { title: string; url: string }[];
  checked: string;
  /** The reader's own entry (the card says so, and shows when they last saved it). */
  own?: true;
  /**
   * What the person was at the page's date, when that is not their latest role (see roles-at-date.ts): "At this
   * article’s date (March 2015): Minister for Foreign Affairs of Japan". Only in an answer for a dated page; the
   * whole line, so that the content script (its size is on a budget) only shows it.
   */
  atPageDate?: string;
}

/** An entry's details as the background keeps them: with a person's dated roles, which the card never needs whole. */
export interface StoredDetails extends EntryDetails {
  roles?: Role[];
}

export interface CompiledKnowledge {
  table: AliasTable;
  details: Record<string, StoredDetails>;
}

export interface CompileOptions {
  /** English words (lower case), for names that are common words (see weak-aliases.ts); none in tests by default. */
  commonWords?: ReadonlySet<string>;
}

export function compileKnowledge(
  entries: readonly Entry[],
  notTerms: readonly string[] = [],
  { commonWords = new Set<string>() }: CompileOptions = {},
): CompiledKnowledge {
  const index = new Map(entries.map((e, i) => [e.id, i]));
  const categories = [...new Set(entries.map((e) => e.category))].toSorted();
  const byKey = new Map<string, { alias: TableAlias; allNeedContext: boolean; allSurname: boolean }>();
  /** Each term alias's claims, [key, entry, text], for the weak flags once every entry has claimed its aliases. */
  const claims: [string, number, string][] = [];

  const claim = (text: string, flags: number, entry: number) => {
    // Exact aliases are kept apart by spelling ("NATO" and "Nato"); the others by their folded key.
    const exact = (flags & AliasFlag.CaseMask) === CASE_CODES.exact;
    const key = `${flags & AliasFlag.Hint ? 'h' : 'a'}:${exact ? `=${text.normalize('NFC').trim()}` : aliasKey(text)}`;
    const found = byKey.get(key);
    const needs = (flags & AliasFlag.NeedsContext) !== 0;
    const surname = (flags & AliasFlag.Surname) !== 0;
    if (!(flags & AliasFlag.Hint)) claims.push([key, entry, text]);
    if (!found) {
      byKey.set(key, {
        alias: [text.normalize('NFC').trim(), flags & ~(AliasFlag.NeedsContext | AliasFlag.Surname), [entry]],
        allNeedContext: needs,
        allSurname: surname,
      });
      return;
    }
    if (!found.alias[2].includes(entry)) found.alias[2].push(entry);
    // Two entries spell it alike with different rules: the strictest rule wins (exact < name < any).
    const caseCode = Math.min(found.alias[1] & AliasFlag.CaseMask, flags & AliasFlag.CaseMask);
    found.alias[1] = (found.alias[1] & ~AliasFlag.CaseMask) | caseCode;
    found.allNeedContext &&= needs;
    // A surname rule holds only when every claim is a surname: "Jordan" the country is not waiting for a name.
    found.allSurname &&= surname;
  };

  entries.forEach((entry, i) => {
    for (const alias of entry.aliases) {
      const rule = alias.case ?? defaultCaseRule(alias.text);
      const flags =
        CASE_CODES[rule] | (alias.needsContext ? AliasFlag.NeedsContext : 0) | (alias.surname ? AliasFlag.Surname : 0);
      claim(alias.text, flags, i);
    }
    for (const word of entry.context) {
      claim(word, CASE_CODES[defaultCaseRule(word)] | AliasFlag.Hint, i);
    }
  });
  const given = givenNames(entries);
  const givenSet = new Set(given);
  // Every person's surname, where they have no alias for it and nothing else claims it, stands for them on a page
  // that names them in full ("Prime Minister Boris Johnson ... tweets supporting Johnson").
  entries.forEach((entry, i) => {
    const surname = entry.category === 'person' ? surnameOf(entry.title) : undefined;
    if (surname === undefined || commonWords.has(surname.toLowerCase()) || givenSet.has(surname)) return;
    const key = `a:${aliasKey(surname)}`;
    const found = byKey.get(key);
    if (found !== undefined && (!found.allSurname || found.alias[2].includes(i))) return;
    claim(surname, CASE_CODES.name | AliasFlag.Surname, i);
  });
  for (const [key, entry, text] of claims) {
    const found = byKey.get(key)!;
    found.alias[1] |= weakFlags(entries[entry], text, found.alias[2].length, commonWords, givenSet);
  }
  for (const phrase of notTerms) {
    // Exact: "New Mexico", not "new Mexico" (a new Mexico policy).
    byKey.set(`n:${phrase}`, {
      alias: [phrase, CASE_CODES.exact | AliasFlag.NotTerm, []],
      allNeedContext: false,
      allSurname: false,
    });
  }

  const merged = [...byKey.values()].map(({ alias, allNeedContext, allSurname }) => {
    if (allNeedContext) alias[1] |= AliasFlag.NeedsContext;
    if (allSurname) alias[1] |= AliasFlag.Surname;
    return alias;
  });
  // Context words and related entries are evidence only for entries an ambiguous or context-needing alias
  // can mean; the page never needs them for the others, so they are left out of what it loads.
  const needEvidence = new Set<number>();
  for (const [, flags, meanings] of merged) {
    if (flags & AliasFlag.Hint) continue;
    if (meanings.length > 1 || flags & AliasFlag.NeedsContext) for (const e of meanings) needEvidence.add(e);
  }
  const aliases = merged
    .flatMap(([text, flags, meanings]): TableAlias[] => {
      if (!(flags & AliasFlag.Hint)) return [[text, flags, meanings]];
      const kept = meanings.filter((e) => needEvidence.has(e));
      return kept.length > 0 ? [[text, flags, kept]] : [];
    })
    // Longest first, the order a first word's aliases are tried in (the matcher's index keeps it).
    .toSorted((a, b) => b[0].length - a[0].length);

  const table: AliasTable = {
    v: ALIAS_TABLE_VERSION,
    ids: entries.map((e) => e.id),
    cat: entries.map((e) => categories.indexOf(e.category)),
    categories,
    rel: entries.map((e, i) =>
      needEvidence.has(i) ? e.related.map((r) => index.get(r)!).filter((r) => r !== undefined) : [],
    ),
    fam: entries.map((e) => FAMILIARITY.indexOf(e.familiarity)),
    began: entries.map((e) => (e.began ? dayOfPartial(e.began, 'start') : NO_DAY)),
    ended: entries.map((e) => (e.ended ? dayOfPartial(e.ended, 'end') : NO_DAY)),
    titles: entries.map((e) =>
      e.category === 'person' ? roleTitles([e.title, e.subtitle ?? '', ...(e.roles ?? []).map((r) => r.title)]) : 0,
    ),
    given,
    aliases,
    index: buildMatcherIndex(aliases),
  };

  const titleOf = new Map(entries.map((e) => [e.id, e.title]));
  const details: Record<string, StoredDetails> = {};
  for (const e of entries) {
    details[e.id] = {
      id: e.id,
      title: e.title,
      ...(e.subtitle ? { subtitle: e.subtitle } : {}),
      category: e.category,
      summary: e.summary,
      ...(e.details ? { details: e.details } : {}),
      related: e.related.map((id) => ({ id, title: titleOf.get(id) ?? id })),
      sources: e.sources,
      checked: e.checked,
      ...(e.roles?.length ? { roles: e.roles } : {}),
    };
  }
  return { table, details };
}

/**
 * The surname a person's title ends with ("Boris Johnson" -> "Johnson"), or undefined for a one-word name, a
 * regnal number ("Charles III") or a suffix ("Jr.").
 */
export function surnameOf(title: string): string | undefined {
  const words = title
    .replace(/\s*\([^)]*\)/g, '')
    .trim()
    .split(/\s+/);
  if (words.length < 2) return undefined;
  const last = words.at(-1)!;
  return /^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) && !/^[IVXLC]+$/.test(last) ? last : undefined;
}

/**
 * The first names of the people the knowledge holds ("Gordon", "Nancy"): after a name, one of them starts a
 * person's name, not a longer name ("the European Union Gordon Sondland": see matching/continuation.ts).
 */
function givenNames(entries: readonly Entry[]): string[] {
  const names = new Set<string>();
  for (const e of entries) {
    const first = e.category === 'person' ? firstNameOf(e.title) : undefined;
    if (first !== undefined) names.add(first);
  }
  return [...names].toSorted();
}

/**
 * The first name a person's title starts with ("Gordon Sondland" -> "Gordon"): from the name they go by, not
 * their aliases ("Chairman Mao"), and never a title word ("President").
 */
export function firstNameOf(title: string): string | undefined {
  const first = /^(\p{Lu}\p{Ll}{2,})\s+\p{Lu}/u.exec(title)?.[1];
  return first !== undefined && titleOfWord(first) === 0 ? first : undefined;
}
