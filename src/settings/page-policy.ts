/**
 * What the settings mean for one page: whether Gloss marks it, which entries,
 * and how. Pure, and free of zod so the content script can carry it: it reads
 * the stored settings loosely, field by field, falling back to the default
 * for anything malformed (the options page, which validates strictly, tells
 * the reader).
 */
import type { AliasTable } from '../matching/alias-table';
import {
  CARD_FONT_SIZES,
  MARK_COLOURS,
  MARK_STYLES,
  MARKING,
  MODIFIERS,
  oneOf,
  SITE_MODES,
  THEMES,
  TRIGGERS,
  DWELL_RANGE,
} from './choices';
import { DEFAULT_SETTINGS } from './defaults';
import type { Settings } from './schema';

export type PageState = 'on' | 'site-off' | 'paused';

/** The storage.local key settings live under (store.ts defines the item; the content script reads it raw). */
export const SETTINGS_KEY = 'settings';

/** The site key of a URL: host name, lower-case, without "www."; null for non-web URLs. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return host.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

const strings = (value: unknown, fallback: string[]): string[] =>
  Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : fallback;

export function readSettingsLoosely(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const choice = <T extends string>(choices: readonly T[], key: keyof Settings, fallback: T): T =>
    oneOf(choices, v[key]) ? v[key] : fallback;
  const flag = (key: keyof Settings, fallback: boolean) => (typeof v[key] === 'boolean' ? v[key] : fallback);
  const dwell = v.dwellMs;
  return {
    paused: flag('paused', d.paused),
    siteMode: choice(SITE_MODES, 'siteMode', d.siteMode),
    disabledSites: strings(v.disabledSites, d.disabledSites),
    enabledSites: strings(v.enabledSites, d.enabledSites),
    marking: choice(MARKING, 'marking', d.marking),
    markStyle: choice(MARK_STYLES, 'markStyle', d.markStyle),
    markColour: choice(MARK_COLOURS, 'markColour', d.markColour),
    firstMentionOnly: flag('firstMentionOnly', d.firstMentionOnly),
    trigger: choice(TRIGGERS, 'trigger', d.trigger),
    modifier: choice(MODIFIERS, 'modifier', d.modifier),
    dwellMs:
      typeof dwell === 'number' && Number.isInteger(dwell) && dwell >= DWELL_RANGE.min && dwell <= DWELL_RANGE.max
        ? dwell
        : d.dwellMs,
    cardFontSize: choice(CARD_FONT_SIZES, 'cardFontSize', d.cardFontSize),
    theme: choice(THEMES, 'theme', d.theme),
    hiddenCategories: strings(v.hiddenCategories, []) as Settings['hiddenCategories'],
    hiddenEntries: strings(v.hiddenEntries, d.hiddenEntries),
  };
}

/** The least familiarity an entry needs to be marked (an index into FAMILIARITY: common, known, specialist). */
export function minFamiliarity(settings: Pick<Settings, 'marking'>): number {
  return settings.marking === 'more' ? 0 : settings.marking === 'fewer' ? 2 : 1;
}

export function pageState(
  settings: Pick<Settings, 'paused' | 'siteMode' | 'disabledSites' | 'enabledSites'>,
  url: string,
): PageState {
  if (settings.paused) return 'paused';
  const site = siteOf(url);
  if (settings.siteMode === 'listed') return site !== null && settings.enabledSites.includes(site) ? 'on' : 'site-off';
  return site !== null && settings.disabledSites.includes(site) ? 'site-off' : 'on';
}

/** The settings with the site turned on or off (in "only on these sites" mode, by listing it or not). */
export function withSite(settings: Settings, site: string, enabled: boolean): Settings {
  if (settings.siteMode === 'listed') {
    const others = settings.enabledSites.filter((s) => s !== site);
    return { ...settings, enabledSites: enabled ? [...others, site] : others };
  }
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}

/** Which entries of the table are marked: 1 for each entry the reader's choices let through. */
export function markableEntries(
  table: Pick<AliasTable, 'ids' | 'cat' | 'categories' | 'fam'>,
  settings: Pick<Settings, 'marking' | 'hiddenCategories' | 'hiddenEntries'>,
): Uint8Array {
  const min = minFamiliarity(settings);
  const hiddenCategories = new Set<string>(settings.hiddenCategories);
  const hiddenEntries = new Set(settings.hiddenEntries);
  const out = new Uint8Array(table.ids.length);
  for (let e = 0; e < out.length; e++) {
    out[e] =
      table.fam[e] >= min && !hiddenCategories.has(table.categories[table.cat[e]]) && !hiddenEntries.has(table.ids[e])
        ? 1
        : 0;
  }
  return out;
}

/**
 * The highlight the marks are registered under: highlight.css styles one per style and colour, and the default
 * look (a dotted blue underline) keeps the plain name `gloss-term`.
 */
export function markHighlightName(settings: Pick<Settings, 'markStyle' | 'markColour'>): string {
  if (settings.markStyle === 'none') return 'gloss-term-none';
  if (settings.markStyle === 'underline' && settings.markColour === 'blue') return 'gloss-term';
  return `gloss-term-${settings.markStyle}-${settings.markColour}`;
}
