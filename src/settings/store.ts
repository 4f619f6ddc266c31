/**
 * Where settings live: one versioned item in storage.local. Reads are
 * validated; a stored value that fails validation is never overwritten or
 * deleted by reading it: the reader gets the defaults and a description of
 * the problem, and the bad value stays for them to export (issue #4).
 * The extension layer: the only settings code that calls `browser`.
 */
import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY } from './page-policy';
import { DEFAULT_SETTINGS, type Settings, settingsSchema, SETTINGS_VERSION } from './schema';

export { SETTINGS_KEY };

const item = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** A stored value that failed validation, kept here before anything is written over it. */
const rejected = storage.defineItem<unknown>(`local:${SETTINGS_KEY}Rejected`, { fallback: null });

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value was unreadable and the defaults are in use. */
  problem?: string;
}

export function parseSettings(raw: unknown): LoadedSettings {
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data };
  const where = parsed.error.issues[0];
  return {
    settings: DEFAULT_SETTINGS,
    problem: `The stored settings could not be read (${where.path.join('.') || 'value'}: ${where.message}); Gloss is using its defaults and has kept the stored value.`,
  };
}

export async function loadSettings(): Promise<LoadedSettings> {
  return parseSettings(await item.getValue());
}

/** Applies `change` to the current settings and stores the result (validated first). */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const raw = await item.getValue();
  const { settings, problem } = parseSettings(raw);
  const next = settingsSchema.parse(change(settings));
  // Keep an unreadable value before writing over it: it is the reader's, to export or repair.
  if (problem !== undefined && (await rejected.getValue()) === null) await rejected.setValue(raw);
  await item.setValue(next);
  return next;
}

/** The unreadable value kept by updateSettings, if any. */
export function rejectedSettings(): Promise<unknown> {
  return rejected.getValue();
}

export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  return item.watch((value) => callback(parseSettings(value)));
}
