/**
 * One JSON file with the reader's settings and own entries: export, and an
 * import that is checked completely before anything changes. Reading a file
 * is pure (parseBackup); storing it is one storage write of both items, so an
 * import lands whole or not at all.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { type OwnEntry, ownEntriesSchema } from '../knowledge/own-entry';
import { migrateSettings } from './migrations';
import { OWN_ENTRIES_KEY, OWN_ENTRIES_VERSION, ownEntriesItem } from './own-entries-store';
import { type Settings, settingsSchema, SETTINGS_VERSION } from './schema';
import { SETTINGS_KEY, settingsItem } from './store';
import { describeIssues, withStorageLock } from './validated-item';

export const BACKUP_FORMAT = 'gloss-backup';
/**
 * The largest file Gloss reads: a thousand long own entries and every setting fit in well under a megabyte;
 * anything near storage.local's 10 MB quota is not a Gloss backup, and reading it would stall the page.
 */
export const MAX_BACKUP_BYTES = 2 * 1024 * 1024;
/** How many problems an import lists before "and N more". */
const PROBLEMS_SHOWN = 20;

export interface Backup {
  settings: Settings;
  ownEntries: OwnEntry[];
}

export type ParsedBackup = { ok: true; backup: Backup; exported?: string } | { ok: false; problems: string[] };

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  /** The settings version that wrote the file; older files go through the same migrations as storage. */
  version: z.int().min(1),
  exported: z.iso.datetime().optional(),
  settings: z.unknown(),
  ownEntries: z.unknown().optional(),
});

export function backupFile(backup: Backup, now = new Date()): string {
  const file = {
    format: BACKUP_FORMAT,
    version: SETTINGS_VERSION,
    exported: now.toISOString(),
    settings: backup.settings,
    ownEntries: backup.ownEntries,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const refuse = (...problems: string[]): ParsedBackup => ({ ok: false, problems });

/** Reads a backup file's text completely; nothing is stored. */
export function parseBackup(text: string, bytes = new TextEncoder().encode(text).length): ParsedBackup {
  if (bytes > MAX_BACKUP_BYTES) {
    return refuse(
      `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a Gloss backup is at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB. Is it the right file?`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const format = (json as { format?: unknown } | null)?.format;
    if (typeof json !== 'object' || json === null || Array.isArray(json) || format !== BACKUP_FORMAT) {
      return refuse(`This is not a Gloss backup: it has no "format": "${BACKUP_FORMAT}".`);
    }
    return refuse(...describeIssues(envelope.error, '', PROBLEMS_SHOWN));
  }
  const { version, exported, settings, ownEntries } = envelope.data;
  if (version > SETTINGS_VERSION) {
    return refuse(`The file was made by a newer version of Gloss (settings version ${version}); update Gloss first.`);
  }
  const parsedSettings = settingsSchema.safeParse(migrateSettings(settings, version, SETTINGS_VERSION));
  const parsedEntries = ownEntriesSchema.safeParse(ownEntries ?? []);
  const problems = [
    ...(parsedSettings.success ? [] : describeIssues(parsedSettings.error, 'settings', PROBLEMS_SHOWN)),
    ...(parsedEntries.success ? [] : describeIssues(parsedEntries.error, 'ownEntries', PROBLEMS_SHOWN)),
  ];
  if (!parsedSettings.success || !parsedEntries.success) return refuse(...problems);
  return {
    ok: true,
    backup: { settings: parsedSettings.data, ownEntries: parsedEntries.data },
    ...(exported ? { exported } : {}),
  };
}

/** The stored settings and own entries, as a backup (an unreadable item exports as its defaults; see exportRejected). */
export async function currentBackup(): Promise<Backup> {
  const [settings, ownEntries] = await Promise.all([settingsItem.load(), ownEntriesItem.load()]);
  return { settings: settings.value, ownEntries: ownEntries.value };
}

/**
 * Replaces the settings and own entries with the backup's, in one storage write (with their versions), so a
 * failure, such as the storage quota, changes nothing. The unreadable values kept aside stay.
 */
export function restoreBackup(backup: Backup): Promise<void> {
  return withStorageLock(SETTINGS_KEY, () =>
    withStorageLock(OWN_ENTRIES_KEY, async () => {
      try {
        await browser.storage.local.set({
          [SETTINGS_KEY]: backup.settings,
          [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION },
          [OWN_ENTRIES_KEY]: backup.ownEntries,
          [`${OWN_ENTRIES_KEY}$`]: { v: OWN_ENTRIES_VERSION },
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const full = /quota/i.test(message) ? 'the browser’s storage for Gloss is full' : message;
        throw new Error(`Gloss could not store the import (${full}). Nothing was changed.`, { cause: error });
      }
    }),
  );
}

/**
 * The reader's unreadable values, to download: each item's stored value while it fails validation, or the one
 * kept aside when a later write replaced it. Null when there are none.
 */
export async function unreadableValues(): Promise<Record<string, unknown> | null> {
  const kept: Record<string, unknown> = {};
  for (const [name, item] of [
    ['settings', settingsItem],
    ['ownEntries', ownEntriesItem],
  ] as const) {
    const raw: unknown = await item.raw();
    const value = item.parse(raw).problem !== undefined ? raw : await item.rejected();
    if (value !== null && value !== undefined) kept[name] = value;
  }
  return Object.keys(kept).length > 0 ? kept : null;
}

/** Forgets the unreadable values kept aside (never the value in use: that is replaced by the next change). */
export async function discardUnreadable(): Promise<void> {
  await Promise.all([settingsItem.discardRejected(), ownEntriesItem.discardRejected()]);
}
