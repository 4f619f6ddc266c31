/**
 * The shape of a knowledge entry, shared by the build (which validates every
 * file under knowledge/), the tests, and later the options page (own entries).
 * Pure: no DOM, no browser APIs.
 */
import { z } from 'zod';

import { CATEGORIES } from './categories';

export { CATEGORIES, type Category } from './categories';

/**
 * How likely a general reader is to know the term already. By default Gloss marks only `known` and
 * `specialist` entries, so that "China", "Paris" or "President" do not flood a page; `common` entries still
 * answer in search and selection lookup, and readers can choose to mark more or less.
 * - `common`: most adult readers know it (China, Paris, Donald Trump, the United Nations).
 * - `known`: regular news readers know it, others may not (the G7, the Kremlin, the Bundestag).
 * - `specialist`: most readers would stop at it (Komeito, Article 9, HIMARS, basis points).
 */
export const FAMILIARITY = ['common', 'known', 'specialist'] as const;
export type Familiarity = (typeof FAMILIARITY)[number];

/**
 * How an alias's letter case must match the page text.
 * - `exact`: letter for letter ("SDF", "LDP", and "Diet", so that a balanced diet is never the National Diet).
 * - `name`: the first letter of each word may slip in case ("kishida stated", "U.S.-japan Security Treaty"); the rest is exact.
 * - `any`: case-insensitive, for common nouns ("ceasefire" at the start of a sentence or in a headline).
 */
export const CASE_RULES = ['exact', 'name', 'any'] as const;
export type CaseRule = (typeof CASE_RULES)[number];

/** An alias's default case rule, so that most source entries need not spell it out. */
export function defaultCaseRule(text: string): CaseRule {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return 'exact'; // an acronym: "NATO", "SDF", "U.S."
  }
  if (/^\p{Ll}/u.test(text)) return 'any'; // a common noun: "ceasefire"
  return 'name';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text shown to readers: no markup characters that could be mistaken for HTML. */
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[<>]/.test(s), 'must be plain text (no "<" or ">")')
    // oxlint-disable-next-line no-control-regex -- finding control characters is the point
    .refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), 'must not contain control characters')
    // A lone half of a surrogate pair is no character: it shows as garbage and breaks matching and export.
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode text (it has a broken character)');

/** Roles change; an entry says when, never "current" (knowledge/README.md). */
const undated = (s: string) => !/\b(current|currently|incumbent|present-day)\b/i.test(s);
const UNDATED_MESSAGE = 'must not say "current"/"incumbent": give dates instead';

/**
 * Sentence ends: a full stop after a lower-case letter, digit or closing mark, before a capital or the end.
 * "U.S." inside a sentence is not an end (an abbreviation after a lower-case letter, like "Gen.", still counts as one).
 */
export function countSentences(text: string): number {
  return (text.match(/[\p{Ll}\d)"'”’][.!?](?=\s+["“‘(]?\p{Lu}|\s*$)/gu) ?? []).length;
}

const aliasText = plainText(80)
  .refine((s) => /^[\p{L}\p{N}]/u.test(s), 'must start with a letter or digit')
  .refine((s) => /[\p{L}\p{N}.]$/u.test(s), 'must end with a letter, digit or "."');

const aliasObjectSchema = z.strictObject({
  text: aliasText,
  case: z.enum(CASE_RULES).optional(),
  /**
   * Mark this alias only when the page also mentions one of the entry's context
   * words or related entries ("Article 9" means Japan's constitution only on a page about Japan).
   */
  needsContext: z.boolean().optional(),
  /**
   * A person's surname alone ("Mnangagwa"): it stands for them only on a page that names them in full or by a
   * title they held, as a reporter writes a name once and the surname after.
   */
  surname: z.boolean().optional(),
});

/**
 * An alias: `- Kishida` when it has no options, or `- { text: Diet, case: exact }`. Either form reads as the
 * object (a plain string is read as its `text`, so a mistake in it is reported at `text` like any other).
 */
export const aliasSchema = z.preprocess((v) => (typeof v === 'string' ? { text: v } : v), aliasObjectSchema);
/** What an editor may write for an alias (the JSON Schema for editors describes this). */
export const aliasInputSchema = z.union([aliasText, aliasObjectSchema]);
export type Alias = z.infer<typeof aliasSchema>;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII (a-z, 0-9, single hyphens)')
  .max(80);

export const sourceSchema = z.strictObject({
  title: plainText(200),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).max(500, 'must be at most 500 characters'),
});

export const isoDate = z.iso.date('must be a date written YYYY-MM-DD');

/**
 * A date as precisely as the sources give it: a year ("2014"), a month ("2014-07") or a day ("2014-07-08").
 * Page dates are compared against its earliest day when it begins something, its latest when it ends it.
 */
export const partialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  );
export type PartialDate = z.infer<typeof partialDate>;

/** One role a person held, with when: "Minister for Foreign Affairs of Japan", 2012-12-26 to 2017-08-03. */
export const roleSchema = z.strictObject({
  title: plainText(140).refine(undated, UNDATED_MESSAGE),
  from: partialDate,
  /** Absent: the role had not ended when the entry was checked. */
  to: partialDate.optional(),
});
export type Role = z.infer<typeof roleSchema>;

export const entrySchema = z.strictObject({
  id: idSchema,
  title: plainText(100),
  /** A dated role or a one-line description: "Prime Minister of Japan, 2021–2024". Never "current". */
  subtitle: plainText(140).refine(undated, UNDATED_MESSAGE).optional(),
  category: z.enum(CATEGORIES),
  familiarity: z.enum(FAMILIARITY).default('known'),
  aliases: z.array(aliasSchema).min(1, 'needs at least one alias').max(40),
  // Read at a glance in a hover card: 300 characters is two or three lines of it.
  summary: plainText(300)
    .refine((s) => countSentences(s) <= 3, 'must be one to three sentences')
    .refine(undated, UNDATED_MESSAGE),
  details: plainText(1200).refine(undated, UNDATED_MESSAGE).optional(),
  related: z.array(idSchema).max(20).default([]),
  /** Words whose presence on the page points to this meaning of an ambiguous alias. */
  context: z.array(plainText(60)).max(40).default([]),
  sources: z.array(sourceSchema).min(1, 'needs at least one source').max(10),
  checked: isoDate,
  /**
   * When the event, office, organisation, conflict or law began (was founded, signed, broke out, took effect).
   * A page dated before it never means this entry (the 2023 Gaza war on a 2014 page). Not for people.
   */
  began: partialDate.optional(),
  /** When it ended (dissolved, repealed, the war's end). Absent: it had not ended when the entry was checked. */
  ended: partialDate.optional(),
  /** For a person: the roles that explain why they are in the news, each with its dates, earliest first. */
  roles: z.array(roleSchema).max(30).optional(),
});
export type Entry = z.infer<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
/** An entry as a generator writes it: every alias in its object form (the input type allows a bare string). */
export type EntryDraft = Omit<EntryInput, 'aliases'> & { aliases: Alias[] };

/** knowledge/not-terms.yaml: phrases that contain an alias but name something else ("New Mexico"). */
export const NOT_TERMS_FILE = 'not-terms.yaml';
export const notTermsSchema = z.array(
  plainText(80).refine((s) => /^[\p{L}\p{N}]/u.test(s), 'must start with a letter or digit'),
);

/** A knowledge source file holds a list of entries. */
export const entryFileSchema = z.array(entrySchema);
