/*
 * The knowledge the build compiles (scripts/knowledge-plugin.ts). The large data ships as JSON files beside the
 * code; each module exports a loader that reads its file from the extension's own origin.
 */
declare module 'virtual:gloss/alias-table' {
  /** The compiled AliasTable as a JSON string, and its version (a hash of it). */
  const load: () => Promise<{ json: string; version: string }>;
  export default load;
}
declare module 'virtual:gloss/alias-table-version' {
  /** The version of the alias table this build ships. */
  const version: string;
  export default version;
}
declare module 'virtual:gloss/details' {
  import type { StoredDetails } from './compile';
  const load: () => Promise<Record<string, StoredDetails>>;
  export default load;
}
declare module 'virtual:gloss/search' {
  import type { SearchDoc, SearchIndex } from '../search/search';
  const load: () => Promise<{ docs: SearchDoc[]; index: SearchIndex }>;
  export default load;
}
