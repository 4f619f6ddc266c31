/**
 * Chooses what an ambiguous alias means on a page, from what else the page
 * says: context words of each candidate entry, its related entries, and the
 * entry itself named in full ("Syrian Democratic Forces (SDF)"). Pure.
 */
import { type AliasTable, AliasFlag } from './alias-table';

/**
 * How much one kind of evidence counts. Naming an entry outright is the strongest sign; a context word in the
 * same block of text as the term counts three times one elsewhere on the page ("the Syrian Democratic Forces
 * (SDF)" in a page about Japan's SDF means Syria's there).
 */
const SELF_NAMED = 3;
const RELATED_FOUND = 1;
const CONTEXT_WORD = 1;
const NEARBY_CONTEXT_WORD = 3;
/**
 * Evidence a weak alias needs (see AliasFlag.Weak): its entry named in full, a context word near it, or two
 * pieces elsewhere on the page. One word somewhere on a page of fifty headlines is not enough: the 2014 front
 * page that says "Germany" once does not make "The Pistorius I knew" Germany's defence minister.
 */
const WEAK_EVIDENCE = 2;
/**
 * The site's country (its domain, its language: see locale.ts) counts as two context words: it is about the
 * whole page ("Congress" on a .in site).
 */
const LOCALE_WORD = 2;

export type Resolution =
  /** Mark, explaining this entry. */
  | { kind: 'entry'; entry: number }
  /** Mark, but the card says the page cannot tell and offers these. */
  | { kind: 'undecided'; entries: number[] }
  /** Do not mark: the alias needs context the page does not give. */
  | { kind: 'none' };

export class PageEvidence {
  /** Entries named on the page by an alias that has one meaning. */
  private readonly named = new Set<number>();
  /** For each entry, the distinct context words of it seen on the page. */
  private readonly hints = new Map<number, Set<number>>();
  /** Bumped whenever evidence changes, so callers can tell when to re-resolve. */
  version = 0;

  /** Entries a context word pointed to in the same block as one of their aliases: one meaning per page after that. */
  private readonly corroborated = new Set<number>();
  /** Entries the page's locale points to, with how many of its words. */
  private readonly locale = new Map<number, number>();
  /** 1 for each context word (alias index) already recorded. */
  private readonly hintSeen: Uint8Array;
  /** The page's date, in days since 1970-01-01 (see page/page-date.ts); entries that began after it are no meaning. */
  private day = Number.POSITIVE_INFINITY;

  constructor(private readonly table: AliasTable) {
    this.hintSeen = new Uint8Array(table.aliases.length);
    // Named by a title they held ("President Trump"): as good as named in full (see titles.ts).
    for (const id of table.named ?? []) {
      const e = table.ids.indexOf(id);
      if (e >= 0) this.named.add(e);
    }
  }

  /** Records a term match; returns true if it changed the evidence. */
  addMatch(alias: number): boolean {
    const [, flags, entries] = this.table.aliases[alias];
    // A weak alias ("Pistorius") names no one: only a full or unambiguous name does.
    if (entries.length !== 1 || flags & (AliasFlag.NeedsContext | AliasFlag.Weak) || this.named.has(entries[0]))
      return false;
    this.named.add(entries[0]);
    this.version++;
    return true;
  }

  /** Records a context word; returns true if it changed the evidence. */
  addHint(alias: number): boolean {
    // A page repeats its context words ("Japan" hundreds of times): after the first, one typed-array read.
    if (this.hintSeen[alias] === 1) return false;
    this.hintSeen[alias] = 1;
    let changed = false;
    for (const entry of this.table.aliases[alias][2]) {
      let seen = this.hints.get(entry);
      if (!seen) this.hints.set(entry, (seen = new Set()));
      if (!seen.has(alias)) {
        seen.add(alias);
        changed = true;
      }
    }
    if (changed) this.version++;
    return changed;
  }

  /** Sets the page's date (days since 1970-01-01). */
  setDate(day: number): void {
    if (day === this.day) return;
    this.day = day;
    this.version++;
  }

  /** Did the entry exist at the page's date (or is its beginning unknown)? */
  existedAt(entry: number): boolean {
    const began = this.table.began?.[entry] ?? 0;
    return began === 0 || began <= this.day;
  }

  /** Had it not yet ended at the page's date? */
  private activeAt(entry: number): boolean {
    const ended = this.table.ended?.[entry] ?? 0;
    return this.existedAt(entry) && (ended === 0 || ended >= this.day);
  }

  /** Records what the site's address and language say (see locale.ts). */
  addLocaleHint(alias: number): void {
    for (const entry of this.table.aliases[alias][2]) this.locale.set(entry, (this.locale.get(entry) ?? 0) + 1);
    this.version++;
  }

  /**
   * Records a contextual match with the context words of its block: an entry of the alias that one of them points
   * to is corroborated on the page, and its other mentions need no more ("Japan: the SDF trained. [...] The SDF
   * left.").
   */
  addNearby(alias: number, nearby: readonly number[]): boolean {
    let changed = false;
    for (const entry of this.table.aliases[alias][2]) {
      if (this.corroborated.has(entry)) continue;
      if (nearby.some((h) => this.table.aliases[h][2].includes(entry))) {
        this.corroborated.add(entry);
        changed = true;
      }
    }
    if (changed) this.version++;
    return changed;
  }

  isNamed(entry: number): boolean {
    return this.named.has(entry);
  }

  /**
   * @param nearby context words (hint alias indices) found in the same block of text as the term.
   */
  score(entry: number, nearby: readonly number[] = []): number {
    let s = (this.named.has(entry) ? SELF_NAMED : 0) + (this.hints.get(entry)?.size ?? 0) * CONTEXT_WORD;
    s += (this.locale.get(entry) ?? 0) * LOCALE_WORD + (this.corroborated.has(entry) ? WEAK_EVIDENCE : 0);
    for (const r of this.table.rel[entry]) if (this.named.has(r)) s += RELATED_FOUND;
    const seen = new Set<number>();
    for (const h of nearby) {
      if (!seen.has(h) && this.table.aliases[h][2].includes(entry)) s += NEARBY_CONTEXT_WORD;
      seen.add(h);
    }
    return s;
  }

  resolve(alias: number, nearby: readonly number[] = []): Resolution {
    const [, flags, all] = this.table.aliases[alias];
    const weak = (flags & AliasFlag.Weak) !== 0;
    const needsContext = weak || (flags & AliasFlag.NeedsContext) !== 0;
    // Never a meaning that did not yet exist at the page's date.
    const entries = all.filter((e) => this.existedAt(e));
    if (flags & AliasFlag.Surname) {
      // A surname alone means whom the page names in full or by title, and no one else.
      const named = entries.filter((e) => this.named.has(e));
      if (named.length === 0) return { kind: 'none' };
      return named.length === 1 ? { kind: 'entry', entry: named[0] } : { kind: 'undecided', entries: named };
    }
    if (entries.length === 0) return { kind: 'none' };
    if (entries.length === 1 && !needsContext) return { kind: 'entry', entry: entries[0] };
    let best = 0;
    let tied: number[] = [];
    for (const e of entries) {
      const s = this.score(e, nearby);
      if (s > best) {
        best = s;
        tied = [e];
      } else if (s === best && s > 0) tied.push(e);
    }
    if (best < (weak ? WEAK_EVIDENCE : 1) || best === 0) {
      return needsContext ? { kind: 'none' } : { kind: 'undecided', entries };
    }
    // Equal evidence: the meanings that were current at the page's date, if that tells them apart.
    if (tied.length > 1) {
      const active = tied.filter((e) => this.activeAt(e));
      if (active.length > 0) tied = active;
    }
    return tied.length === 1 ? { kind: 'entry', entry: tied[0] } : { kind: 'undecided', entries: tied };
  }
}

/** Does this alias's meaning depend on the page (so it must wait for, and follow, the evidence)? */
export function dependsOnContext(table: AliasTable, alias: number): boolean {
  const [, flags, entries] = table.aliases[alias];
  return entries.length > 1 || (flags & (AliasFlag.NeedsContext | AliasFlag.Weak)) !== 0;
}
