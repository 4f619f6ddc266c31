/**
 * Tells content scripts which alias table the background serves (a TableMarker in storage.local), when the
 * stored marker is missing, from another build, or names other own entries: open pages then ask for their
 * table again. The extension layer.
 */
import { browser } from 'wxt/browser';
import { ALIAS_TABLE_KEY, isTableMarker, type PublishedTable, type TableMarker } from '../matching/alias-table';

/** What the marker says of `table`. */
export function markerOf(table: PublishedTable): TableMarker {
  return { version: table.version, own: table.own ?? '' };
}

/** @param force write even when the stored marker says the same (it replaces a damaged or an older kind of value). */
export async function publishAliasTable(table: PublishedTable, force = false): Promise<void> {
  const marker = markerOf(table);
  if (!force) {
    const stored = await browser.storage.local.get(ALIAS_TABLE_KEY);
    const current = stored[ALIAS_TABLE_KEY];
    if (isTableMarker(current) && current.version === marker.version && current.own === marker.own) return;
  }
  await browser.storage.local.set({ [ALIAS_TABLE_KEY]: marker });
}
