/**
 * A reader's own entries: validated by the same field schemas as the bundled
 * knowledge (title, aliases, summary, details), plus an optional link, and
 * turned into what the card and search show. Pure.
 */
import { z } from 'zod';
import type { EntryDetails } from './compile';
import { entrySchema, idSchema, isoDate } from './schema';

/** Own entries' ids start with this, so they never take a bundled entry's id. */
export const OWN_ID_PREFIX = 'own-';
/** Far more than anyone writes by hand; keeps a backup file and the alias table small. */
export const MAX_OWN_ENTRIES = 1000;

export const ownEntrySchema = z.strictObject({
  id: idSchema.refine((id) => id.startsWith(OWN_ID_PREFIX), `must start with "${OWN_ID_PREFIX}"`),
  title: entrySchema.shape.title,
  category: entrySchema.shape.category,
  aliases: entrySchema.shape.aliases,
  summary: entrySchema.shape.summary,
  details: entrySchema.shape.details,
  /** Where to read more. Only http(s): a `javascript:` or `data:` address is refused here and never a link. */
  link: z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' })
    .max(500, 'must be at most 500 characters')
    .optional(),
  /** When the reader last saved it (shown on the card, like a bundled entry's "checked"). */
  updated: isoDate,
});
export type OwnEntry = z.infer<typeof ownEntrySchema>;

/** Folded alias text, for telling whether two aliases are the same words ("Diet" and "diet" are). */
export const foldAlias = (text: string): string => text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

export const ownEntriesSchema = z
  .array(ownEntrySchema)
  .max(MAX_OWN_ENTRIES, `must have at most ${MAX_OWN_ENTRIES} entries`)
  .superRefine((entries, ctx) => {
    const ids = new Set<string>();
    const aliases = new Map<string, string>();
    entries.forEach((entry, i) => {
      if (ids.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'is used by another entry' });
      ids.add(entry.id);
      entry.aliases.forEach((alias, j) => {
        const key = foldAlias(alias.text);
        const owner = aliases.get(key);
        if (owner !== undefined && owner !== entry.id) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'aliases', j, 'text'],
            message: `“${alias.text}” is already a word of your entry “${entries.find((e) => e.id === owner)?.title}”`,
          });
        }
        aliases.set(key, entry.id);
      });
    });
  });

/** A new entry's id, from its title, not taken by any of `taken`. */
export function newOwnId(title: string, taken: ReadonlySet<string>): string {
  const slug =
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'entry';
  let id = `${OWN_ID_PREFIX}${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${OWN_ID_PREFIX}${slug}-${n}`;
  return id;
}

/** What a card shows for an own entry. */
export function ownEntryDetails(entry: OwnEntry): EntryDetails {
  return {
    id: entry.id,
    title: entry.title,
    category: entry.category,
    summary: entry.summary,
    ...(entry.details ? { details: entry.details } : {}),
    related: [],
    sources: entry.link ? [{ title: linkTitle(entry.link), url: entry.link }] : [],
    checked: entry.updated,
    own: true,
  };
}

function linkTitle(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
