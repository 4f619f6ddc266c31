/**
 * The knowledge data ships as JSON files of at most a few megabytes (scripts/knowledge-plugin.ts cuts them): an
 * object cut by its keys, and a list too long for one file cut into parts named `key@0`, `key@1`, ... in order.
 * Pure; the background and popup join what they fetch with it.
 */

/** Marks a part of a list cut across files: `docs@0`. Knowledge keys (entry ids, field names) never hold it. */
export const PART = '@';

/** The object the files were cut from: their keys in order, each list's parts joined back into one list. */
export function joinShards(parts: readonly Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const at = key.indexOf(PART);
      if (at < 0) out[key] = value;
      else {
        const name = key.slice(0, at);
        out[name] = ((out[name] as unknown[] | undefined) ?? []).concat(value as unknown[]);
      }
    }
  }
  return out;
}
