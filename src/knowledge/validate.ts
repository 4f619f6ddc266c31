/**
 * Validates a whole knowledge base: each entry against the schema, then the
 * rules that span entries (unique ids, related ids that exist, aliases that
 * two entries claim only when context can tell them apart). Pure: the caller
 * reads the files.
 */
import { defaultCaseRule, entrySchema, type Entry, NOT_TERMS_FILE, notTermsSchema } from './schema';
import { aliasKey } from '../matching/normalize';

export interface KnowledgeFile {
  /** Path shown in error messages, relative to the project. */
  path: string;
  data: unknown;
}

export interface KnowledgeError {
  path: string;
  /** Where in the file: "[3].aliases[0].text", or the entry id for cross-entry rules. */
  at: string;
  message: string;
}

export interface ValidatedKnowledge {
  entries: Entry[];
  /** Phrases that contain an alias but name something else (see NOT_TERMS_FILE). */
  notTerms: string[];
  /** Which file each entry came from, for messages. */
  fileOf: Map<string, string>;
}

export class KnowledgeValidationError extends Error {
  constructor(readonly errors: KnowledgeError[]) {
    super(
      `The knowledge base has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  ${e.path} ${e.at}: ${e.message}`).join('\n'),
    );
    this.name = 'KnowledgeValidationError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

export function validateKnowledge(files: readonly KnowledgeFile[]): ValidatedKnowledge {
  const errors: KnowledgeError[] = [];
  const entries: Entry[] = [];
  const fileOf = new Map<string, string>();
  const notTerms: string[] = [];

  for (const file of files) {
    if (file.path.endsWith(NOT_TERMS_FILE)) {
      const parsed = notTermsSchema.safeParse(file.data);
      if (parsed.success) notTerms.push(...parsed.data);
      else
        for (const issue of parsed.error.issues)
          errors.push({ path: file.path, at: formatPath(issue.path) || '(file)', message: issue.message });
      continue;
    }
    if (!Array.isArray(file.data)) {
      errors.push({ path: file.path, at: '(file)', message: 'must be a list of entries' });
      continue;
    }
    file.data.forEach((raw, index) => {
      const parsed = entrySchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const id = typeof (raw as { id?: unknown })?.id === 'string' ? ` (${(raw as { id: string }).id})` : '';
          errors.push({ path: file.path, at: `[${index}]${id}${formatPath(issue.path)}`, message: issue.message });
        }
        return;
      }
      const entry = parsed.data;
      const earlier = fileOf.get(entry.id);
      if (earlier !== undefined) {
        errors.push({
          path: file.path,
          at: `[${index}].id`,
          message: `duplicate id "${entry.id}" (also in ${earlier})`,
        });
        return;
      }
      fileOf.set(entry.id, file.path);
      entries.push(entry);
    });
  }

  const ids = new Set(entries.map((e) => e.id));
  const claims = new Map<string, Entry[]>();
  for (const entry of entries) {
    const where = fileOf.get(entry.id)!;
    entry.related.forEach((rel, i) => {
      if (!ids.has(rel))
        errors.push({ path: where, at: `${entry.id}.related[${i}]`, message: `unknown related id "${rel}"` });
      if (rel === entry.id)
        errors.push({ path: where, at: `${entry.id}.related[${i}]`, message: 'an entry cannot relate to itself' });
    });
    const own = new Set<string>();
    entry.aliases.forEach((alias, i) => {
      const key = aliasKey(alias.text);
      // "NATO" (exact) and "Nato" (exact) are two aliases; "Kishida" listed twice is one.
      const spelled = `${alias.case ?? defaultCaseRule(alias.text)}:${alias.case === 'exact' || defaultCaseRule(alias.text) === 'exact' ? alias.text : key}`;
      if (own.has(spelled)) {
        errors.push({
          path: where,
          at: `${entry.id}.aliases[${i}].text`,
          message: `alias "${alias.text}" is listed twice`,
        });
        return;
      }
      own.add(spelled);
      const list = claims.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      claims.set(key, list);
    });
  }
  for (const [key, claimants] of claims) {
    if (claimants.length < 2) continue;
    const blind = claimants.filter((e) => e.context.length === 0);
    if (blind.length > 0) {
      for (const e of blind) {
        errors.push({
          path: fileOf.get(e.id)!,
          at: `${e.id}.aliases`,
          message: `alias "${key}" collides with ${claimants
            .filter((o) => o !== e)
            .map((o) => `"${o.id}"`)
            .join(', ')}; give every entry that claims it "context" words to tell them apart`,
        });
      }
    }
  }

  if (errors.length > 0) throw new KnowledgeValidationError(errors);
  return { entries, notTerms, fileOf };
}
