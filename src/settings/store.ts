/**
 * Where settings live: one versioned item in storage.local (see
 * validated-item.ts for how a bad value is kept, never lost).
 * The extension layer: the only settings code that calls `browser`.
 */
import { migrateSettings, SETTINGS_MIGRATIONS } from './migrations';
import { SETTINGS_KEY } from './page-policy';
import { DEFAULT_SETTINGS, type Settings, settingsSchema, SETTINGS_VERSION } from './schema';
import { defineValidatedItem, type Loaded } from './validated-item';

export { SETTINGS_KEY };

export const settingsItem = defineValidatedItem<Settings>({
  key: SETTINGS_KEY,
  schema: settingsSchema,
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  name: 'settings',
});

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value was unreadable and the defaults are in use. */
  problem?: string;
}

const asSettings = ({ value, problem }: Loaded<Settings>): LoadedSettings =>
  problem === undefined ? { settings: value } : { settings: value, problem };

export function parseSettings(raw: unknown): LoadedSettings {
  return asSettings(settingsItem.parse(raw));
}

export async function loadSettings(): Promise<LoadedSettings> {
  return asSettings(await settingsItem.load());
}

/** Applies `change` to the current settings and stores the result (validated first). */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return settingsItem.update(change);
}

/** The unreadable value kept by updateSettings, if any. */
export function rejectedSettings(): Promise<unknown> {
  return settingsItem.rejected();
}

export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((loaded) => callback(asSettings(loaded)));
}

export { migrateSettings };
