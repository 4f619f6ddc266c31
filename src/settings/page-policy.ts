/**
 * Whether Gloss marks a given page. Pure, and free of zod so the content
 * script can carry it: it reads the stored settings loosely, field by field,
 * falling back to the default for anything malformed (the options page, which
 * validates strictly, tells the reader).
 */
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

export type PageSettings = Pick<Settings, 'paused' | 'disabledSites' | 'marking'>;

export function readSettingsLoosely(value: unknown): PageSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    paused: typeof v.paused === 'boolean' ? v.paused : DEFAULT_SETTINGS.paused,
    disabledSites: Array.isArray(v.disabledSites)
      ? v.disabledSites.filter((s): s is string => typeof s === 'string')
      : DEFAULT_SETTINGS.disabledSites,
    marking: v.marking === 'fewer' || v.marking === 'more' ? v.marking : 'default',
  };
}

/** The least familiarity an entry needs to be marked (an index into FAMILIARITY: common, known, specialist). */
export function minFamiliarity(settings: Pick<Settings, 'marking'>): number {
  return settings.marking === 'more' ? 0 : settings.marking === 'fewer' ? 2 : 1;
}

export function pageState(settings: Pick<Settings, 'paused' | 'disabledSites'>, url: string): PageState {
  if (settings.paused) return 'paused';
  const site = siteOf(url);
  return site !== null && settings.disabledSites.includes(site) ? 'site-off' : 'on';
}

/** The settings with the site turned on or off. */
export function withSite(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}
