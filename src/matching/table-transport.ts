/**
 * The alias table as it travels from the background to every page (storage.local, under ALIAS_TABLE_KEY), and
 * back into an AliasTable on the page. Pure.
 */
import type { AliasTable, PublishedTable } from './alias-table';

/** The form the background publishes. */
export function publishedForm(table: AliasTable, version: string, own?: string): PublishedTable {
  return { version, json: JSON.stringify(table), ...(own === undefined ? {} : { own }) };
}

/** The stored value as a table, or null when it is missing, from another build, or damaged. */
export function readPublished(value: unknown, version: string): AliasTable | null {
  const v = value as Partial<PublishedTable> | null;
  if (typeof v !== 'object' || v === null || v.version !== version || typeof v.json !== 'string') return null;
  try {
    const table = JSON.parse(v.json) as AliasTable;
    return Array.isArray(table.aliases) && Array.isArray(table.ids) ? table : null;
  } catch {
    return null;
  }
}
