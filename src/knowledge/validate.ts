/**
 * Validates a whole knowledge base: each entry against the schema, then the
 * rules that span entries (unique ids, related ids that exist, aliases that
 * two entries claim only when context can tell them apart). Pure: the caller
 * reads the files (read-files.ts, which also says where in a file each value is).
 *
 * One mistake gives one error. An entry that breaks the schema is still read
 * as far as it can be for the rules across entries: its id still exists for
 * the entries that relate to it (no false "unknown related id" elsewhere), and
 * its own related ids and aliases are still checked.
 */
import { aliasKey } from '../matching/normalize';
import { aliasSchema, defaultCaseRule, entrySchema, type Entry, NOT_TERMS_FILE, notTermsSchema } from './schema';

/** A place in a source file, 1-based. */
export interface FilePosition {
  line: number;
  col: number;
}

export interface KnowledgeFile {
  /** Path shown in error messages, relative to the project. */
  path: string;
  data: unknown;
  /**
   * Where the value at `path` (from the file's root: [entry index, field, ...]) is written, when known; with
   * `key`, where the key naming it is.
   */
  locate?: (path: readonly PropertyKey[], key?: boolean) => FilePosition | undefined;
}

export interface KnowledgeError {
  path: string;
  /**
   * The field: "aliases[0].text" (with `line`), or without a file position "[3] (id).aliases[0].text", or the
   * entry id for rules across entries ("kishida.related[0]").
   */
  at: string;
  message: string;
  line?: number;
  col?: number;
}

export interface ValidatedKnowledge {
  entries: Entry[];
  /** Phrases that contain an alias but name something else (see NOT_TERMS_FILE). */
  notTerms: string[];
  /** Which file each entry came from, for messages. */
  fileOf: Map<string, string>;
}

/** One error as a line: `knowledge/japan.yaml:42:5 aliases[2].text: must start with a letter or digit`. */
export function formatKnowledgeError(e: KnowledgeError): string {
  return e.line === undefined
    ? `${e.path} ${e.at}: ${e.message}`
    : `${e.path}:${e.line}:${e.col} ${e.at}: ${e.message}`;
}

export class KnowledgeValidationError extends Error {
  constructor(readonly errors: KnowledgeError[]) {
    super(
      `The knowledge base has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  ${formatKnowledgeError(e)}`).join('\n'),
    );
    this.name = 'KnowledgeValidationError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/** What the rules across entries need of an entry, as far as it could be read. */
interface Readable {
  id: string;
  file: KnowledgeFile;
  index: number;
  related: readonly unknown[];
  aliases: { text: string; case?: string; index: number }[];
  /** Null when the entry's context could not be read: it then takes no part in the alias-collision rule. */
  context: readonly string[] | null;
  /** The entry, when it is valid. */
  entry: Entry | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A broken entry, read as far as it can be: the fields the rules across entries use, each only if it is valid. */
function readLoosely(raw: Record<string, unknown>): Pick<Readable, 'related' | 'aliases' | 'context'> {
  const aliases: Readable['aliases'] = [];
  if (Array.isArray(raw.aliases))
    raw.aliases.forEach((a, index) => {
      const parsed = aliasSchema.safeParse(a);
      if (parsed.success) aliases.push({ ...parsed.data, index });
    });
  const context =
    raw.context === undefined
      ? []
      : Array.isArray(raw.context) && raw.context.every((c) => typeof c === 'string')
        ? (raw.context as string[])
        : null;
  return { related: Array.isArray(raw.related) ? raw.related : [], aliases, context };
}

/** The fields an object in an entry may have, by where it is ("" the entry, "aliases" an alias, ...). */
const FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(entrySchema.shape),
  aliases: ['text', 'case', 'needsContext'],
  sources: ['title', 'url'],
  roles: ['title', 'from', 'to'],
};

/** Levenshtein distance, for "did you mean": field names are short. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };

/**
 * An entry's schema issues as one error per mistake: an unknown key is reported at the key, with the field it
 * probably means; and that field, when required, is then not also reported missing.
 */
function entryIssues(
  issues: readonly Issue[],
  raw: unknown,
): { path: PropertyKey[]; message: string; atKey?: boolean }[] {
  const out: { path: PropertyKey[]; message: string; atKey?: boolean }[] = [];
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = FIELDS[typeof issue.path[0] === 'string' && issue.path.length === 2 ? issue.path[0] : ''] ?? [];
    for (const key of issue.keys ?? []) {
      const guess = known.find((f) => distance(f, key) <= Math.min(2, f.length - 1));
      if (guess !== undefined) meant.add(JSON.stringify([...issue.path, guess]));
      out.push({
        path: [...issue.path, key],
        message: guess === undefined ? 'unknown field' : `unknown field (did you mean "${guess}"?)`,
        atKey: true,
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    if (meant.has(JSON.stringify(issue.path)) && valueAt(raw, issue.path) === undefined) continue;
    out.push({ path: issue.path, message: issue.message });
  }
  return out;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const step of path) v = isRecord(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[step] : undefined;
  return v;
}

export function validateKnowledge(files: readonly KnowledgeFile[]): ValidatedKnowledge {
  const errors: KnowledgeError[] = [];
  const entries: Entry[] = [];
  const fileOf = new Map<string, string>();
  const notTerms: string[] = [];
  const readable: Readable[] = [];
  const byId = new Map<string, Readable>();

  /** An error at `field` (a path inside entry `index` of `file`, or inside the file when `index` is null). */
  const report = (
    file: KnowledgeFile,
    index: number | null,
    field: readonly PropertyKey[],
    message: string,
    atKey = false,
  ) => {
    const full = index === null ? field : [index, ...field];
    const position = file.locate?.(full, atKey);
    if (position !== undefined) {
      const at = formatPath(field).replace(/^\./, '') || (index === null ? '(file)' : `[${index}]`);
      errors.push({ path: file.path, at, message, line: position.line, col: position.col });
      return;
    }
    const raw = index === null || !Array.isArray(file.data) ? undefined : (file.data as unknown[])[index];
    const id = isRecord(raw) && typeof raw.id === 'string' ? ` (${raw.id})` : '';
    const at = index === null ? formatPath(field) || '(file)' : `[${index}]${id}${formatPath(field)}`;
    errors.push({ path: file.path, at, message });
  };
  /** An error found by a rule across entries: legacy `id.field` without a file position. */
  const reportAcross = (r: Readable, field: readonly PropertyKey[], message: string) => {
    if (r.file.locate?.([r.index, ...field]) !== undefined) report(r.file, r.index, field, message);
    else errors.push({ path: r.file.path, at: `${r.id}${formatPath(field)}`, message });
  };

  for (const file of files) {
    if (file.path.endsWith(NOT_TERMS_FILE)) {
      const parsed = notTermsSchema.safeParse(file.data);
      if (parsed.success) notTerms.push(...parsed.data);
      else for (const issue of parsed.error.issues) report(file, null, issue.path, issue.message);
      continue;
    }
    if (!Array.isArray(file.data)) {
      report(file, null, [], 'must be a list of entries');
      continue;
    }
    file.data.forEach((raw: unknown, index) => {
      const parsed = entrySchema.safeParse(raw);
      if (!parsed.success) {
        for (const { path, message, atKey } of entryIssues(parsed.error.issues, raw))
          report(file, index, path, message, atKey);
      }
      const id = parsed.success ? parsed.data.id : isRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
      if (id === null) return;
      const earlier = byId.get(id);
      if (earlier !== undefined) {
        report(file, index, ['id'], `duplicate id "${id}" (also in ${earlier.file.path})`);
        return;
      }
      const r: Readable = parsed.success
        ? {
            id,
            file,
            index,
            related: parsed.data.related,
            aliases: parsed.data.aliases.map((a, i) => ({ ...a, index: i })),
            context: parsed.data.context,
            entry: parsed.data,
          }
        : { id, file, index, ...readLoosely(raw as Record<string, unknown>), entry: null };
      byId.set(id, r);
      readable.push(r);
      if (r.entry !== null) {
        fileOf.set(id, file.path);
        entries.push(r.entry);
      }
    });
  }

  const claims = new Map<string, Readable[]>();
  for (const r of readable) {
    r.related.forEach((rel, i) => {
      // A related id that is not a string is the schema's error, already reported.
      if (typeof rel !== 'string') return;
      if (!byId.has(rel)) reportAcross(r, ['related', i], `unknown related id "${rel}"`);
      if (rel === r.id) reportAcross(r, ['related', i], 'an entry cannot relate to itself');
    });
    const own = new Set<string>();
    for (const alias of r.aliases) {
      const key = aliasKey(alias.text);
      // "NATO" (exact) and "Nato" (exact) are two aliases; "Kishida" listed twice is one.
      const rule = alias.case ?? defaultCaseRule(alias.text);
      const spelled = `${rule}:${rule === 'exact' || defaultCaseRule(alias.text) === 'exact' ? alias.text : key}`;
      if (own.has(spelled)) {
        reportAcross(r, ['aliases', alias.index, 'text'], `alias "${alias.text}" is listed twice`);
        continue;
      }
      own.add(spelled);
      if (r.context === null) continue;
      const list = claims.get(key) ?? [];
      if (!list.includes(r)) list.push(r);
      claims.set(key, list);
    }
  }
  for (const [key, claimants] of claims) {
    if (claimants.length < 2) continue;
    for (const r of claimants.filter((c) => c.context!.length === 0)) {
      const others = claimants
        .filter((o) => o !== r)
        .map((o) => `"${o.id}"`)
        .join(', ');
      const at = r.aliases.find((a) => aliasKey(a.text) === key)!.index;
      const message = `alias "${key}" collides with ${others}; give every entry that claims it "context" words to tell them apart`;
      if (r.file.locate?.([r.index, 'aliases', at]) !== undefined) report(r.file, r.index, ['aliases', at], message);
      else errors.push({ path: r.file.path, at: `${r.id}.aliases`, message });
    }
  }

  if (errors.length > 0) throw new KnowledgeValidationError(errors);
  return { entries, notTerms, fileOf };
}
