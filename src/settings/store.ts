/**
 * Where settings live: one versioned item in storage.local (see
 * validated-item.ts for how a bad value is kept, never lost).
 * The extension layer: the only settings code that calls `browser`.
 */
import { migrateSettings } from './migrations';
import type { Settings } from './schema';
import { SETTINGS_ITEM, SETTINGS_KEY } from './settings-item';
import { defineValidatedItem, type Loaded } from './validated-item';

export { SETTINGS_KEY };

export const settingsItem = defineValidatedItem<Settings>(SETTINGS_ITEM);

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
