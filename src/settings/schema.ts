/**
 * Readers' settings: the schema and defaults. Pure. Issue #4 (options) grows
 * this; every change to the stored shape bumps SETTINGS_VERSION and adds a
 * migration in store.ts.
 */
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

export const MARKING = ['fewer', 'default', 'more'] as const;
export type Marking = (typeof MARKING)[number];

/** A site as Gloss keys it: the host name, lower-case, without a leading "www.". */
export const siteSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+(:\d+)?$/, 'must be a host name such as example.com');

export const settingsSchema = z.strictObject({
  /** Gloss is paused everywhere: no marks on any page. */
  paused: z.boolean(),
  /** Sites where Gloss marks nothing. */
  disabledSites: z.array(siteSchema).max(10_000),
  /**
   * How much Gloss marks: `fewer` only specialist terms, `default` what a general reader may not know, `more`
   * familiar names too (see FAMILIARITY in the knowledge schema). A default, so settings stored before it
   * existed still read.
   */
  marking: z.enum(MARKING).default('default'),
});
export type Settings = z.infer<typeof settingsSchema>;

export { DEFAULT_SETTINGS } from './defaults';
