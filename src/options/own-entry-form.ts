/**
 * The own-entry form's data: a draft of plain strings as the reader typed
 * them, turned into an entry validated by the knowledge base's own field
 * schemas, with each problem placed by the field it belongs to. Pure.
 */
import type { z } from 'zod';
import { type OwnEntry, ownEntriesSchema, ownEntrySchema } from '../knowledge/own-entry';
import type { Category } from '../knowledge/schema';

export interface OwnEntryDraft {
  title: string;
  /** One alias a line, as typed. */
  aliases: string;
  category: Category;
  summary: string;
  details: string;
  link: string;
}

export type DraftField = keyof OwnEntryDraft;
export type FieldErrors = Partial<Record<DraftField, string>>;

export const EMPTY_DRAFT: OwnEntryDraft = {
  title: '',
  aliases: '',
  category: 'concept',
  summary: '',
  details: '',
  link: '',
};

export function draftOf(entry: OwnEntry): OwnEntryDraft {
  return {
    title: entry.title,
    aliases: entry.aliases.map((a) => a.text).join('\n'),
    category: entry.category,
    summary: entry.summary,
    details: entry.details ?? '',
    link: entry.link ?? '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** Where a schema problem shows: the field it is about, naming the alias line when it is one. */
function place(issues: readonly z.core.$ZodIssue[], aliasLines: string[], skip = 0): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.slice(skip);
    const key = path[0];
    let field: DraftField;
    let message = issue.message;
    if (key === 'aliases') {
      field = 'aliases';
      if (typeof path[1] === 'number') message = `“${aliasLines[path[1]]}” (line ${path[1] + 1}): ${message}`;
    } else if (key === 'title' || key === 'id') {
      field = 'title';
    } else if (key === 'summary' || key === 'details' || key === 'link' || key === 'category') {
      field = key;
    } else {
      continue;
    }
    errors[field] ??= message.charAt(0).toUpperCase() + message.slice(1);
  }
  return errors;
}

/**
 * Validates a draft as the entry `id` among `others` (the reader's other own entries: no two may share an
 * alias). Returns the entry, or the problems by field.
 */
export function entryFromDraft(
  draft: OwnEntryDraft,
  id: string,
  others: readonly OwnEntry[],
  today: string,
): { ok: true; entry: OwnEntry } | { ok: false; errors: FieldErrors } {
  const aliasLines = lines(draft.aliases);
  const candidate = {
    id,
    title: draft.title,
    category: draft.category,
    aliases: aliasLines.map((text) => ({ text })),
    summary: draft.summary,
    ...(draft.details.trim() ? { details: draft.details } : {}),
    ...(draft.link.trim() ? { link: draft.link.trim() } : {}),
    updated: today,
  };
  const parsed = ownEntrySchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: place(parsed.error.issues, aliasLines) };
  const all = ownEntriesSchema.safeParse([...others, parsed.data]);
  if (!all.success) {
    // Only the problems of this entry (the last one) concern the form.
    const mine = all.error.issues.filter((i) => i.path[0] === others.length);
    const errors = place(mine, aliasLines, 1);
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    return { ok: false, errors: { title: all.error.issues[0].message } };
  }
  return { ok: true, entry: parsed.data };
}
