/**
 * Publishes the compiled alias table to storage.local for content scripts,
 * when the stored one is missing, from another build, or made with other own
 * entries. The extension layer.
 */
import { browser } from 'wxt/browser';
import { ALIAS_TABLE_KEY, isPublishedTable, type PublishedTable } from '../matching/alias-table';

/**
 * @param force write even when the stored table claims this build's version: a page that asked for the table
 *   found it unusable (damaged), so the next pages should not have to ask too.
 */
export async function publishAliasTable(table: PublishedTable, force = false): Promise<void> {
  if (!force) {
    const stored = await browser.storage.local.get(ALIAS_TABLE_KEY);
    const current = stored[ALIAS_TABLE_KEY];
    if (isPublishedTable(current, table.version) && current.own === table.own) return;
  }
  await browser.storage.local.set({ [ALIAS_TABLE_KEY]: table });
}
