/**
 * Readers' settings: the schema. Pure. Every change to the stored shape bumps
 * SETTINGS_VERSION and adds a migration in migrations.ts, tested from every
 * earlier version.
 *
 * The choices themselves (their names and order) live in choices.ts, free of
 * zod, because the content script reads settings without it.
 */
import { z } from 'zod';
import { CATEGORIES } from '../knowledge/schema';
import {
  CARD_FONT_SIZES,
  DWELL_RANGE,
  MARK_COLOURS,
  MARK_STYLES,
  MARKING,
  MODIFIERS,
  SITE_MODES,
  THEMES,
  TRIGGERS,
} from './choices';
import { DEFAULT_SETTINGS } from './defaults';

export * from './choices';

/**
 * 2: how marks look, what opens a card, the card's look, categories, hidden entries, "only on these sites".
 * 3: the first mention only, by default.
 */
export const SETTINGS_VERSION = 3;

/** How many sites or hidden entries a list may hold: far more than anyone adds by hand, small enough to store. */
export const MAX_LIST = 10_000;

/** A site as Gloss keys it: the host name, lower-case, without a leading "www.". */
export const siteSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+(:\d+)?$/, 'must be a host name such as example.com');

/** An entry id as the knowledge base or own entries spell it. */
const entryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an entry id')
  .max(80);

/** A list without repeats: a site or entry listed twice is a sign of a hand-edited or damaged file. */
const uniqueList = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .max(MAX_LIST, `must have at most ${MAX_LIST.toLocaleString('en')} items`)
    .refine((list) => new Set(list).size === list.length, 'must not list anything twice');

/**
 * Every field has its default, so a value stored by an older version, or an import from one, reads with the
 * new fields at their defaults. Unknown fields are refused (strict): they mean a damaged or foreign value.
 */
export const settingsSchema = z.strictObject({
  /** Gloss is paused everywhere: no marks on any page. */
  paused: z.boolean().default(DEFAULT_SETTINGS.paused),
  /** `everywhere` but the disabled sites, or only on the listed sites. */
  siteMode: z.enum(SITE_MODES).default(DEFAULT_SETTINGS.siteMode),
  /** Sites where Gloss marks nothing (in `everywhere` mode). */
  disabledSites: uniqueList(siteSchema).default([]),
  /** The only sites Gloss marks (in `listed` mode). */
  enabledSites: uniqueList(siteSchema).default([]),
  /**
   * How much Gloss marks: `fewer` only specialist terms, `default` what a general reader may not know, `more`
   * familiar names too (see FAMILIARITY in the knowledge schema).
   */
  marking: z.enum(MARKING).default(DEFAULT_SETTINGS.marking),
  markStyle: z.enum(MARK_STYLES).default(DEFAULT_SETTINGS.markStyle),
  markColour: z.enum(MARK_COLOURS).default(DEFAULT_SETTINGS.markColour),
  /** Mark each term's first mention on the page only, or every mention. */
  firstMentionOnly: z.boolean().default(DEFAULT_SETTINGS.firstMentionOnly),
  trigger: z.enum(TRIGGERS).default(DEFAULT_SETTINGS.trigger),
  /** The key to hold with the `modifier` trigger. */
  modifier: z.enum(MODIFIERS).default(DEFAULT_SETTINGS.modifier),
  /** How long the pointer rests on a term before its card opens (hover triggers). */
  dwellMs: z.int().min(DWELL_RANGE.min).max(DWELL_RANGE.max).default(DEFAULT_SETTINGS.dwellMs),
  cardFontSize: z.enum(CARD_FONT_SIZES).default(DEFAULT_SETTINGS.cardFontSize),
  theme: z.enum(THEMES).default(DEFAULT_SETTINGS.theme),
  /** Categories whose entries are not marked (still searchable). */
  hiddenCategories: uniqueList(z.enum(CATEGORIES)).default([]),
  /** Entries the reader knows ("I know this one"): not marked, still searchable. */
  hiddenEntries: uniqueList(entryIdSchema).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

// The defaults are typed apart from the schema (which takes them): this checks they are valid settings.
const defaults: Settings = DEFAULT_SETTINGS;
export { defaults as DEFAULT_SETTINGS };
