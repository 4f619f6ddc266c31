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
 */
import { DEFAULT_SETTINGS } from './defaults';
import { migrate } from './stored-item';

type Migration = (stored: unknown) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const SETTINGS_MIGRATIONS: Record<number, Migration> = {
  2: (v1) => (isRecord(v1) ? { ...DEFAULT_SETTINGS, ...v1 } : v1),
};

/** Runs the migrations from `from` up to `to` (an import of an older backup goes through the same steps). */
export function migrateSettings(value: unknown, from: number, to: number): unknown {
  return migrate({ migrations: SETTINGS_MIGRATIONS }, value, from, to);
}
