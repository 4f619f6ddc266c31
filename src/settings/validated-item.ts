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
import { safeParse } from 'zod/mini';
import { useEnglishMessages } from './messages';
import { describeIssues, type ItemSpec, type Loaded, parseItem } from './stored-item';

export { describeIssues, type Loaded };

// The reader is told what is wrong in words.
useEnglishMessages();
export type ItemOptions<T> = ItemSpec<T>;

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
  const { key, schema, fallback, version, migrations } = options;
  const item = storage.defineItem<unknown>(`local:${key}`, {
    fallback,
    version,
    ...(migrations ? { migrations } : {}),
  });
  const rejected = storage.defineItem<unknown>(`local:${key}Rejected`, { fallback: null });

  const parse = (raw: unknown): Loaded<T> => parseItem(options, raw);
  const validate = (value: T): T => {
    const parsed = safeParse(schema, value);
    if (!parsed.success) throw new Error(describeIssues(parsed.error).join('; '));
    return parsed.data;
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
        const next = validate(change(value));
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
