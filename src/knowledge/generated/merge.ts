/**
 * Joins the two tiers of the knowledge base: curated entries (knowledge/*.yaml, written by editors) and
 * generated entries (built from open data by the modules beside this one). Pure: the caller reads the files.
 *
 * Identity. A generated entry is the same thing as a curated one, and is left out, when
 * - it has the same id, or
 * - a curated entry of the same category claims one of its aliases ("Bernie Sanders", "Likud").
 * A curated entry of another category that claims one of its aliases only takes that alias away
 * (the generated "Georgia" division gives way to the curated country); a generated entry left with no alias
 * is left out. So a curated entry always overrides a generated one, and editors override one by writing it.
 *
 * Clashes between generated entries are resolved here, never by failing the build:
 * - two generated people with the same name-based id get the country or state they are known for appended
 *   to the id ("john-smith-kenya"), and keep their context words;
 * - an alias that several generated entries claim is marked `needsContext` on each of them, so it is marked
 *   only where the page names one of their context words (every generated entry has some), and the card
 *   offers the meanings the page cannot tell apart.
 * Related ids that name no entry are dropped.
 */
import { aliasKey } from '../../matching/normalize';
import { firstNameOf } from '../compile';
import type { EntryDraft } from '../schema';
import type { KnowledgeFile } from '../validate';

export interface GeneratedEntry {
  entry: EntryDraft;
  /** A person: if two share an id, each gets its first context word appended to the id. */
  person?: boolean;
  /** A person's surname as the record gives it ("Mnangagwa"): it becomes a `surname` alias (see addSurnames). */
  surname?: string;
}

export interface GeneratedSource {
  /** Shown in messages in place of a file path: "knowledge/data/factbook (generated)". */
  path: string;
  entries: GeneratedEntry[];
}

interface CuratedLike {
  id?: unknown;
  category?: unknown;
  title?: unknown;
  aliases?: unknown;
}

export interface MergeOptions {
  /** Common English words (common-words.ts): never a surname alias ("Young", "Rice"). */
  commonWords?: ReadonlySet<string>;
}

/** Curated aliases (by match key) and the categories of the entries that claim them. */
function curatedClaims(curated: readonly KnowledgeFile[]) {
  const ids = new Set<string>();
  const claims = new Map<string, Set<string>>();
  const given = new Set<string>();
  /** The words of people's names ("Jackson"), which a place's one-word name may also be. */
  const personWords = new Set<string>();
  for (const file of curated) {
    if (!Array.isArray(file.data)) continue;
    for (const raw of file.data as CuratedLike[]) {
      if (typeof raw?.id === 'string') ids.add(raw.id);
      const first = raw?.category === 'person' && typeof raw.title === 'string' ? firstNameOf(raw.title) : undefined;
      if (first !== undefined) given.add(first);
      if (!Array.isArray(raw?.aliases)) continue;
      // An alias is written `- Kishida` or `- { text: Diet, case: exact }` (schema.ts): both claim the name.
      for (const alias of raw.aliases as unknown[]) {
        const text = typeof alias === 'string' ? alias : (alias as { text?: unknown } | null)?.text;
        if (typeof text !== 'string') continue;
        const key = aliasKey(text);
        if (raw.category === 'person') for (const w of text.split(/[\s-]+/)) personWords.add(w);
        const set = claims.get(key) ?? new Set<string>();
        set.add(typeof raw.category === 'string' ? raw.category : '');
        claims.set(key, set);
      }
    }
  }
  return { ids, claims, given, personWords };
}

export interface MergeReport {
  files: KnowledgeFile[];
  /** Generated entries left out because a curated entry is the same thing. */
  overridden: string[];
}

export function mergeTiers(
  curated: readonly KnowledgeFile[],
  sources: readonly GeneratedSource[],
  options: MergeOptions = {},
): MergeReport {
  const { ids: curatedIds, claims, given, personWords } = curatedClaims(curated);
  const overridden: string[] = [];

  // 1. Curated first: same id, or an alias that a curated entry of the same category claims.
  const kept: { source: number; g: GeneratedEntry }[] = [];
  sources.forEach((source, s) => {
    for (const g of source.entries) {
      const entry = g.entry;
      if (curatedIds.has(entry.id)) {
        overridden.push(entry.id);
        continue;
      }
      let same = false;
      // One alias a match key: a generator that spells a name twice ("Al-Khasawneh", "al-Khasawneh") keeps one.
      const keys = new Set<string>();
      const aliases = entry.aliases.filter((alias) => {
        const key = aliasKey(alias.text);
        if (keys.has(key)) return false;
        keys.add(key);
        const cats = claims.get(aliasKey(alias.text));
        if (!cats) return true;
        if (cats.has(entry.category)) same = true;
        return false;
      });
      if (same || aliases.length === 0) {
        overridden.push(entry.id);
        continue;
      }
      kept.push({ source: s, g: { ...g, entry: { ...entry, aliases } } });
    }
  });

  addSurnames(kept, claims, given, options.commonWords ?? new Set());
  placeNamesOfTheirOwn(kept, new Set([...given, ...personWords]), options.commonWords ?? new Set());

  // 2. Ids: people with the same name-based id get a disambiguator; any other repeat is dropped.
  const byId = new Map<string, typeof kept>();
  for (const k of kept) byId.set(k.g.entry.id, [...(byId.get(k.g.entry.id) ?? []), k]);
  const unique: typeof kept = [];
  const taken = new Set<string>(curatedIds);
  for (const [id, group] of byId) {
    if (group.length === 1) {
      unique.push(group[0]!);
      taken.add(id);
    }
  }
  for (const [id, group] of byId) {
    if (group.length === 1) continue;
    for (const k of group) {
      if (!k.g.person) continue;
      const where = String(k.g.entry.context?.[0] ?? '');
      const newId = `${id}-${where
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`.slice(0, 80);
      if (taken.has(newId)) continue;
      taken.add(newId);
      unique.push({ ...k, g: { ...k.g, entry: { ...k.g.entry, id: newId } } });
    }
  }

  // 3. An alias several generated entries claim needs the page's context on each of them, and matches only
  //    as written ("Supreme Court", not "supreme court"). A single word several of them claim ("Army",
  //    "Parliament") names no one thing: it is dropped, and an entry left without aliases with it.
  const count = new Map<string, number>();
  for (const { g } of unique) {
    for (const key of new Set(g.entry.aliases.map((a) => aliasKey(a.text)))) count.set(key, (count.get(key) ?? 0) + 1);
  }
  const shared = (text: string) => (count.get(aliasKey(text)) ?? 0) > 1;
  for (let i = unique.length - 1; i >= 0; i--) {
    const k = unique[i]!;
    const aliases = k.g.entry.aliases.filter((a) => k.g.person || !shared(a.text) || /\s/.test(a.text.trim()));
    if (aliases.length === 0) {
      overridden.push(k.g.entry.id);
      unique.splice(i, 1);
    } else unique[i] = { ...k, g: { ...k.g, entry: { ...k.g.entry, aliases } } };
  }
  const allIds = new Set([...curatedIds, ...unique.map((k) => k.g.entry.id)]);
  const files: KnowledgeFile[] = [...curated];
  sources.forEach((source, s) => {
    const data = unique
      .filter((k) => k.source === s)
      .map(({ g }) => ({
        ...g.entry,
        aliases: g.entry.aliases.map((a) =>
          shared(a.text) ? { ...a, needsContext: true, ...(g.person ? {} : { case: 'exact' as const }) } : a,
        ),
        related: (g.entry.related ?? []).filter((r) => allIds.has(r) && r !== g.entry.id),
      }))
      .toSorted((a, b) => a.id.localeCompare(b.id));
    files.push({ path: source.path, data });
  });
  return { files, overridden };
}

/**
 * Gives each generated person their surname as an alias that stands for them only where the page names them
 * in full or by a title they held (AliasFlag.Surname): "Emmerson Mnangagwa ... Mnangagwa's removal". Left out
 * where the surname is something else too: a common word ("Young"), a first name ("Lee", "Paul"), a name a
 * curated entry claims (the country "Jordan"), or one a generated entry other than a person claims (the division
 * "Victoria").
 */
function addSurnames(
  kept: { g: GeneratedEntry }[],
  curatedAliases: ReadonlyMap<string, unknown>,
  curatedGiven: ReadonlySet<string>,
  commonWords: ReadonlySet<string>,
): void {
  const given = new Set(curatedGiven);
  const taken = new Set<string>();
  for (const { g } of kept) {
    const first = g.person ? firstNameOf(g.entry.title) : undefined;
    if (first !== undefined) given.add(first);
    if (!g.person) for (const a of g.entry.aliases) taken.add(aliasKey(a.text));
  }
  for (const k of kept) {
    const surname = k.g.person ? k.g.surname?.trim() : undefined;
    if (surname === undefined || !/^\p{Lu}[\p{L}'’-]{2,}$/u.test(surname)) continue;
    const key = aliasKey(surname);
    if (commonWords.has(surname.toLowerCase()) || given.has(surname) || curatedAliases.has(key) || taken.has(key))
      continue;
    if (k.g.entry.aliases.some((a) => aliasKey(a.text) === key)) continue;
    k.g = { ...k.g, entry: { ...k.g.entry, aliases: [...k.g.entry.aliases, { text: surname, surname: true }] } };
  }
}

/**
 * A generated place's one-word name that is also something else needs the page's context: a common word, a
 * first name ("Victoria"), or a word of a person's name ("Jackson"). The rest are names of their own.
 */
function placeNamesOfTheirOwn(
  kept: { g: GeneratedEntry }[],
  curatedNames: ReadonlySet<string>,
  commonWords: ReadonlySet<string>,
): void {
  const personal = new Set(curatedNames);
  for (const { g } of kept) {
    if (!g.person) continue;
    for (const a of g.entry.aliases) for (const w of a.text.split(/[\s-]+/)) personal.add(w);
  }
  for (const k of kept) {
    if (k.g.person || k.g.entry.category !== 'place') continue;
    const aliases = k.g.entry.aliases.map((a) => {
      const word = a.text.trim();
      if (a.needsContext || /\s/.test(word)) return a;
      return commonWords.has(word.toLowerCase()) || personal.has(word) ? { ...a, needsContext: true } : a;
    });
    k.g = { ...k.g, entry: { ...k.g.entry, aliases } };
  }
}
