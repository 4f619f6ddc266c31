/**
 * The settings item: its key, schema, version and migrations, in one description that every context reads
 * settings through. The extension pages and the background wrap it with storage (store.ts); the content script,
 * which reads settings with the alias table in one storage read, passes what it read to `readSettings`.
 * Pure: no `browser`.
 */
import { SETTINGS_MIGRATIONS } from './migrations';
import { DEFAULT_SETTINGS, type Settings, settingsSchema, SETTINGS_VERSION } from './schema';
import { type ItemSpec, type Loaded, metaKeyOf, readItem } from './stored-item';

/** The storage.local key settings live under. */
export const SETTINGS_KEY = 'settings';

export const SETTINGS_ITEM: ItemSpec<Settings> = {
  key: SETTINGS_KEY,
  schema: settingsSchema,
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  name: 'settings',
};

/** What to ask storage.local for: the settings and their version. */
export const SETTINGS_STORAGE_KEYS = [SETTINGS_KEY, metaKeyOf(SETTINGS_KEY)];

/** The settings in what storage.local gave for SETTINGS_STORAGE_KEYS: migrated, validated, defaults if unreadable. */
export function readSettings(stored: Record<string, unknown>): Loaded<Settings> {
  return readItem(SETTINGS_ITEM, stored);
}

/**
 * The settings after a storage.onChanged event that changed them, or null when it did not. A value is written at
 * today's version (by the options page, or by a migration, which writes the version with it).
 */
export function settingsFromChange(changes: Record<string, { newValue?: unknown }>): Loaded<Settings> | null {
  if (!(SETTINGS_KEY in changes)) return null;
  const meta = changes[metaKeyOf(SETTINGS_KEY)]?.newValue ?? { v: SETTINGS_VERSION };
  return readSettings({ [SETTINGS_KEY]: changes[SETTINGS_KEY].newValue, [metaKeyOf(SETTINGS_KEY)]: meta });
}
