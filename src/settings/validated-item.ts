/**
 * A stored value with a schema, a version and migrations, that never loses
 * what the reader stored: a value that fails validation reads as the
 * fallback, with a description of the problem, and is kept aside (never
 * overwritten or deleted) before the first write replaces it, for the reader
 * to export. Changes are read-modify-write under a lock shared by every
 * extension page, so two options pages editing at once both land.
 * The extension layer: calls `browser` through WXT's storage.
 */
import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';

export interface Loaded<T> {
  value: T;
  /** Set when the stored value was unreadable and the fallback is in use. */
  problem?: string;
}

export interface ItemOptions<T> {
  /** The storage.local key. */
  key: string;
  schema: z.ZodType<T, unknown>;
  fallback: T;
  version: number;
  migrations?: Record<number, (stored: unknown) => unknown>;
  /** What the reader calls it, for messages: "settings", "own entries". */
  name: string;
}

/** The first problems in a failed parse, with where they are ("ownEntries.2.summary: must be ..."). */
export function describeIssues(error: z.ZodError, prefix = '', limit = 5): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p.length > 0).join('.');
    return `${path || 'the value'}: ${issue.message}`;
  });
  if (error.issues.length > limit) lines.push(`and ${error.issues.length - limit} more problems`);
  return lines;
}

/**
 * Serialises read-modify-write across every page of the extension (Web Locks are shared by same-origin
 * contexts: two options pages, the popup, the background). Without it, two pages that read before either
 * writes would each write back a value without the other's change.
 */
export function withStorageLock<R>(name: string, work: () => Promise<R>): Promise<R> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks === undefined) return localLock(name, work);
  return locks.request(`gloss:${name}`, work);
}

// Where Web Locks are missing (Node, in unit tests): one queue per name within this context.
const queues = new Map<string, Promise<unknown>>();
function localLock<R>(name: string, work: () => Promise<R>): Promise<R> {
  const run = (queues.get(name) ?? Promise.resolve()).then(work, work);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

export function defineValidatedItem<T>(options: ItemOptions<T>) {
  const { key, schema, fallback, version, migrations, name } = options;
  const item = storage.defineItem<unknown>(`local:${key}`, {
    fallback,
    version,
    ...(migrations ? { migrations } : {}),
  });
  const rejected = storage.defineItem<unknown>(`local:${key}Rejected`, { fallback: null });

  const parse = (raw: unknown): Loaded<T> => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { value: parsed.data };
    const [first] = describeIssues(parsed.error, '', 1);
    return {
      value: fallback,
      problem: `Gloss could not read your stored ${name} (${first}), so it is using its defaults. The stored value is kept: export it from the Backup section to look at or repair it.`,
    };
  };

  return {
    key,
    version,
    parse,
    load: async (): Promise<Loaded<T>> => parse(await item.getValue()),
    /** Applies `change` to the current value and stores the result, validated first. */
    update: (change: (current: T) => T): Promise<T> =>
      withStorageLock(key, async () => {
        const raw = await item.getValue();
        const { value, problem } = parse(raw);
        const next = schema.parse(change(value));
        // Keep an unreadable value before writing over it: it is the reader's, to export or repair.
        if (problem !== undefined && (await rejected.getValue()) === null) await rejected.setValue(raw);
        await item.setValue(next);
        return next;
      }),
    /** The unreadable value kept aside by `update`, or null. */
    rejected: (): Promise<unknown> => rejected.getValue(),
    /** Forgets the value kept aside (the reader has downloaded it, or does not want it). */
    discardRejected: (): Promise<void> => rejected.removeValue(),
    /** The raw stored value, whatever it is (for export of a value that does not validate). */
    raw: (): Promise<unknown> => item.getValue(),
    watch: (callback: (loaded: Loaded<T>) => void): (() => void) => item.watch((v) => callback(parse(v))),
  };
}

export type ValidatedItem<T> = ReturnType<typeof defineValidatedItem<T>>;
