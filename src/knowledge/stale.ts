/**
 * Which entries' facts are most likely to have changed since they were checked, so editors re-check those
 * first (`npm run knowledge:stale`). Pure.
 *
 * Signals, each naming what to re-check:
 * - `open role`: a person's role with no end date (`roles` without `to`): offices change hands;
 * - `since`: a present state dated from its start ("led by ... since 2019", "in control since 2014");
 * - `leader`: an organisation or institution said to be led, headed or chaired by someone;
 * - `count`: a count that moves (members, seats, countries, displaced people, dead).
 * An entry with no signal is not listed. The list runs oldest `checked` date first; among entries checked
 * the same day, those with more signals first.
 */
import type { Entry } from './schema';

export type StaleSignal = 'open role' | 'since' | 'leader' | 'count';

export interface StaleItem {
  id: string;
  title: string;
  checked: string;
  signals: StaleSignal[];
}

const SINCE = /\bsince\b/i;
const LEADER =
  /\b(?:led|headed|chaired|commanded)\b(?:\s+since\s+[^,;.]+)?\s+by\b|\b(?:leader|chair|chairman|secretary-general|president)\b/i;
const COUNT = /\b\d[\d,.]*\s+(?:members|member states|seats|countries|states|people|displaced|dead|killed|troops)\b/i;

export function staleSignals(entry: Entry): StaleSignal[] {
  const text = [entry.subtitle ?? '', entry.summary, entry.details ?? ''].join(' ');
  const signals: StaleSignal[] = [];
  if (entry.category === 'person' && (entry.roles ?? []).some((r) => r.to === undefined)) signals.push('open role');
  if (SINCE.test(text)) signals.push('since');
  if (entry.category !== 'person' && LEADER.test(text)) signals.push('leader');
  if (COUNT.test(text)) signals.push('count');
  return signals;
}

/** The entries with a staleness signal, oldest check first, then most signals first, then by id. */
export function staleEntries(entries: readonly Entry[]): StaleItem[] {
  return entries
    .map((e) => ({ id: e.id, title: e.title, checked: e.checked, signals: staleSignals(e) }))
    .filter((item) => item.signals.length > 0)
    .toSorted(
      (a, b) => a.checked.localeCompare(b.checked) || b.signals.length - a.signals.length || a.id.localeCompare(b.id),
    );
}
