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

  /** 1 for each context word (alias index) already recorded. */
  private readonly hintSeen: Uint8Array;

  constructor(private readonly table: AliasTable) {
    this.hintSeen = new Uint8Array(table.aliases.length);
  }

  /** Records a term match; returns true if it changed the evidence. */
  addMatch(alias: number): boolean {
    const [, flags, entries] = this.table.aliases[alias];
    if (entries.length !== 1 || flags & AliasFlag.NeedsContext || this.named.has(entries[0])) return false;
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

  isNamed(entry: number): boolean {
    return this.named.has(entry);
  }

  /**
   * @param nearby context words (hint alias indices) found in the same block of text as the term.
   */
  score(entry: number, nearby: readonly number[] = []): number {
    let s = (this.named.has(entry) ? SELF_NAMED : 0) + (this.hints.get(entry)?.size ?? 0) * CONTEXT_WORD;
    for (const r of this.table.rel[entry]) if (this.named.has(r)) s += RELATED_FOUND;
    const seen = new Set<number>();
    for (const h of nearby) {
      if (!seen.has(h) && this.table.aliases[h][2].includes(entry)) s += NEARBY_CONTEXT_WORD;
      seen.add(h);
    }
    return s;
  }

  resolve(alias: number, nearby: readonly number[] = []): Resolution {
    const [, flags, entries] = this.table.aliases[alias];
    const needsContext = (flags & AliasFlag.NeedsContext) !== 0;
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
    if (best === 0) return needsContext ? { kind: 'none' } : { kind: 'undecided', entries: [...entries] };
    return tied.length === 1 ? { kind: 'entry', entry: tied[0] } : { kind: 'undecided', entries: tied };
  }
}

/** Does this alias's meaning depend on the page (so it must wait for, and follow, the evidence)? */
export function dependsOnContext(table: AliasTable, alias: number): boolean {
  const [, flags, entries] = table.aliases[alias];
  return entries.length > 1 || (flags & AliasFlag.NeedsContext) !== 0;
}
