declare module 'virtual:gloss/alias-table' {
  /** The compiled AliasTable, as a JSON string. */
  const json: string;
  export default json;
}
declare module 'virtual:gloss/details' {
  import type { EntryDetails } from './compile';
  const details: Record<string, EntryDetails>;
  export default details;
}
declare module 'virtual:gloss/search' {
  import type { SearchDoc } from '../search/search';
  const search: { docs: SearchDoc[]; index: unknown };
  export default search;
}
