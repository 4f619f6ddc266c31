/**
 * What the settings mean for one page: whether Gloss marks it, which entries, and how. Pure, and free of zod:
 * the content script reads the settings themselves through the settings item (settings-item.ts).
 */
import type { AliasTable } from '../matching/alias-table';
import type { Settings } from './schema';

export type PageState = 'on' | 'site-off' | 'paused';

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
