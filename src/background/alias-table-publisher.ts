/**
 * Publishes the compiled alias table to storage.local for content scripts,
 * when the stored one is missing or from another build. The extension layer.
 */
import { browser } from 'wxt/browser';
import { ALIAS_TABLE_KEY, isPublishedTable, type PublishedTable } from '../matching/alias-table';

export async function publishAliasTable(table: PublishedTable): Promise<void> {
  const stored = await browser.storage.local.get(ALIAS_TABLE_KEY);
  if (isPublishedTable(stored[ALIAS_TABLE_KEY], table.version)) return;
  await browser.storage.local.set({ [ALIAS_TABLE_KEY]: table });
}
