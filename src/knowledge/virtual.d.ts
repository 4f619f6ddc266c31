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
