/**
 * Where the reader's own entries live: one versioned item in storage.local,
 * validated like settings (see validated-item.ts), never lost.
 * The extension layer.
 */
import { type OwnEntry, ownEntriesSchema } from '../knowledge/own-entry';
import { defineValidatedItem } from './validated-item';

/** The storage.local key (the background watches it to republish the alias table). */
export const OWN_ENTRIES_KEY = 'ownEntries';
/** 1: `{ id, title, category, aliases, summary, details?, link?, updated }[]`. */
export const OWN_ENTRIES_VERSION = 1;

export const ownEntriesItem = defineValidatedItem<OwnEntry[]>({
  key: OWN_ENTRIES_KEY,
  schema: ownEntriesSchema,
  fallback: [],
  version: OWN_ENTRIES_VERSION,
  name: 'own entries',
});

/** Adds the entry, or replaces the one with its id. */
export function saveOwnEntry(entry: OwnEntry): Promise<OwnEntry[]> {
  return ownEntriesItem.update((list) => {
    const i = list.findIndex((e) => e.id === entry.id);
    return i < 0 ? [...list, entry] : list.with(i, entry);
  });
}

export function deleteOwnEntry(id: string): Promise<OwnEntry[]> {
  return ownEntriesItem.update((list) => list.filter((e) => e.id !== id));
}
