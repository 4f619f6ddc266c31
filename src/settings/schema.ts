/**
 * Readers' settings: the schema, the one every context reads settings with (the content script too, through
 * the item in settings-item.ts). Pure. Every change to the stored shape bumps SETTINGS_VERSION and adds a
 * migration in migrations.ts, tested from every earlier version.
 *
 * Written with zod/mini, whose functions the bundler keeps only as used: the content script carries this schema
 * for ~7 KB gzipped (classic zod would be ~60 KB, past its 40 KB budget). The choices themselves (their names
 * and order) live in choices.ts.
 */
import * as z from 'zod/mini';
import { CATEGORIES } from '../knowledge/categories';
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
  .check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+(:\d+)?$/, 'must be a host name such as example.com'));

/** An entry id as the knowledge base or own entries spell it. */
const entryIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an entry id'), z.maxLength(80));

/** A list without repeats: a site or entry listed twice is a sign of a hand-edited or damaged file. */
const uniqueList = <T extends z.ZodMiniType<string>>(item: T) =>
  z.array(item).check(
    // Thousands separated by hand: toLocaleString starts the browser's locale data, about 20 ms of every page's
    // set-up in the content script, which builds this schema when it loads.
    z.maxLength(MAX_LIST, `must have at most ${String(MAX_LIST).replace(/\B(?=(\d{3})+$)/g, ',')} items`),
    z.refine((list: string[]) => new Set(list).size === list.length, 'must not list anything twice'),
  );

/**
 * Every field has its default, so a value stored by an older version, or an import from one, reads with the
 * new fields at their defaults. Unknown fields are refused (strict): they mean a damaged or foreign value.
 */
export const settingsSchema = z.strictObject({
  /** Gloss is paused everywhere: no marks on any page. */
  paused: z._default(z.boolean(), DEFAULT_SETTINGS.paused),
  /** `everywhere` but the disabled sites, or only on the listed sites. */
  siteMode: z._default(z.enum(SITE_MODES), DEFAULT_SETTINGS.siteMode),
  /** Sites where Gloss marks nothing (in `everywhere` mode). */
  disabledSites: z._default(uniqueList(siteSchema), []),
  /** The only sites Gloss marks (in `listed` mode). */
  enabledSites: z._default(uniqueList(siteSchema), []),
  /**
   * How much Gloss marks: `fewer` only specialist terms, `default` what a general reader may not know, `more`
   * familiar names too (see FAMILIARITY in the knowledge schema).
   */
  marking: z._default(z.enum(MARKING), DEFAULT_SETTINGS.marking),
  markStyle: z._default(z.enum(MARK_STYLES), DEFAULT_SETTINGS.markStyle),
  markColour: z._default(z.enum(MARK_COLOURS), DEFAULT_SETTINGS.markColour),
  /** Mark each term's first mention on the page only, or every mention. */
  firstMentionOnly: z._default(z.boolean(), DEFAULT_SETTINGS.firstMentionOnly),
  trigger: z._default(z.enum(TRIGGERS), DEFAULT_SETTINGS.trigger),
  /** The key to hold with the `modifier` trigger. */
  modifier: z._default(z.enum(MODIFIERS), DEFAULT_SETTINGS.modifier),
  /** How long the pointer rests on a term before its card opens (hover triggers). */
  dwellMs: z._default(z.int().check(z.gte(DWELL_RANGE.min), z.lte(DWELL_RANGE.max)), DEFAULT_SETTINGS.dwellMs),
  cardFontSize: z._default(z.enum(CARD_FONT_SIZES), DEFAULT_SETTINGS.cardFontSize),
  theme: z._default(z.enum(THEMES), DEFAULT_SETTINGS.theme),
  /** Categories whose entries are not marked (still searchable). */
  hiddenCategories: z._default(uniqueList(z.enum(CATEGORIES)), []),
  /** Entries the reader knows ("I know this one"): not marked, still searchable. */
  hiddenEntries: z._default(uniqueList(entryIdSchema), []),
});
export type Settings = z.infer<typeof settingsSchema>;

// The defaults are typed apart from the schema (which takes them): this checks they are valid settings.
const defaults: Settings = DEFAULT_SETTINGS;
export { defaults as DEFAULT_SETTINGS };
