declare module 'virtual:gloss/alias-table' {
  /** The compiled AliasTable as a JSON string, and its version (a hash of it). */
  const table: { json: string; version: string };
  export default table;
}
declare module 'virtual:gloss/alias-table-version' {
  /** The version of the alias table this build ships. */
  const version: string;
  export default version;
}
declare module 'virtual:gloss/details' {
  import type { EntryDetails } from './compile';
  const details: Record<string, EntryDetails>;
  export default details;
}
declare module 'virtual:gloss/search' {
  import type { SearchDoc, SearchIndex } from '../search/search';
  const search: { docs: SearchDoc[]; index: SearchIndex };
  export default search;
}
