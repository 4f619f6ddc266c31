/**
 * How stored settings from earlier versions become today's. Pure. Each step
 * takes what the version before it stored, and only adds or renames: a value
 * it does not understand passes through unchanged, for validation to catch
 * (and keep) rather than for a migration to throw away.
 *
 * Versions:
 * 1. `{ paused, disabledSites }`, later with `marking` (read with its default when absent).
 * 2. Adds how marks look, what opens a card, the card's look, categories, hidden entries and the
 *    "only on these sites" mode, each at its default.
 * 3. Marks the first mention of each term by default. Up to version 2 every mention was the default and "first
 *    mention only" a box to tick, so `false` there is the old default, not a choice: it becomes the new one.
 *    Readers who want every mention untick the box again.
 */
import { DEFAULT_SETTINGS } from './defaults';
import { migrate } from './stored-item';

type Migration = (stored: unknown) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const SETTINGS_MIGRATIONS: Record<number, Migration> = {
  2: (v1) => (isRecord(v1) ? { ...DEFAULT_SETTINGS, firstMentionOnly: false, ...v1 } : v1),
  3: (v2) => (isRecord(v2) && v2.firstMentionOnly === false ? { ...v2, firstMentionOnly: true } : v2),
};

/** Runs the migrations from `from` up to `to` (an import of an older backup goes through the same steps). */
export function migrateSettings(value: unknown, from: number, to: number): unknown {
  return migrate({ migrations: SETTINGS_MIGRATIONS }, value, from, to);
}
