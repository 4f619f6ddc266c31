/**
 * A stored item's description (its key, schema, version, migrations and fallback) and the one way to read it:
 * from what storage.local holds, migrated from the version stored with it, then validated. Pure: no `browser`,
 * so the content script reads its settings through the very item the extension pages write (validated-item.ts
 * adds storage, locks and the rejected-value keeping around the same description).
 *
 * Versions follow WXT's storage (@wxt-dev/storage): the version lives beside the value under `<key>$` as
 * `{ v: number }`; a value without one is version 1.
 */
import { config, safeParse } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';

// No compiled parsers: zod would probe for them with `new Function`, which a page's strict CSP reports as a
// `securitypolicyviolation` event the page can see (the content script must publish nothing). Settings are small;
// reading them without compiling costs nothing worth having.
config({ jitless: true });

export interface ItemSpec<T> {
  /** The storage.local key. */
  key: string;
  schema: $ZodType<T, unknown>;
  fallback: T;
  version: number;
  /** Version n's migration takes what version n - 1 stored. */
  migrations?: Record<number, (stored: unknown) => unknown>;
  /** What the reader calls it, for messages: "settings", "own entries". */
  name: string;
}

export interface Loaded<T> {
  value: T;
  /** Set when the stored value was unreadable and the fallback is in use. */
  problem?: string;
}

/** Where WXT's storage keeps an item's version. */
export const metaKeyOf = (key: string): string => `${key}$`;

/** The version stored in an item's meta value (`{ v }`); 1 when there is none, as WXT reads it. */
export function storedVersion(meta: unknown): number {
  const v = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** Runs the migrations from `from` up to `to` (an import of an older backup goes through the same steps). */
export function migrate(
  spec: Pick<ItemSpec<unknown>, 'migrations'>,
  value: unknown,
  from: number,
  to: number,
): unknown {
  let v = value;
  for (let version = from + 1; version <= to; version++) v = spec.migrations?.[version]?.(v) ?? v;
  return v;
}

/** The first problems in a failed parse, with where they are ("ownEntries.2.summary: must be ..."). */
export function describeIssues(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  prefix = '',
  limit = 5,
): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p.length > 0).join('.');
    return `${path || 'the value'}: ${issue.message}`;
  });
  if (error.issues.length > limit) lines.push(`and ${error.issues.length - limit} more problems`);
  return lines;
}

/** A value of today's version, validated: the fallback, with the problem described, when it does not validate. */
export function parseItem<T>(spec: ItemSpec<T>, raw: unknown): Loaded<T> {
  if (raw === undefined || raw === null) return { value: spec.fallback };
  const parsed = safeParse(spec.schema, raw);
  if (parsed.success) return { value: parsed.data };
  const [first] = describeIssues(parsed.error, '', 1);
  return {
    value: spec.fallback,
    problem: `Gloss could not read your stored ${spec.name} (${first}), so it is using its defaults. The stored value is kept: export it from the Backup section to look at or repair it.`,
  };
}

/**
 * The item as storage.local holds it (`stored` has the key and its meta key, as `storage.local.get` or a change
 * gives them): migrated from its stored version, then validated. A version newer than this build's (a
 * downgrade) is read as it is, for validation to accept or refuse.
 */
export function readItem<T>(spec: ItemSpec<T>, stored: Record<string, unknown>): Loaded<T> {
  const raw = stored[spec.key];
  if (raw === undefined || raw === null) return { value: spec.fallback };
  const from = storedVersion(stored[metaKeyOf(spec.key)]);
  return parseItem(spec, from < spec.version ? migrate(spec, raw, from, spec.version) : raw);
}
