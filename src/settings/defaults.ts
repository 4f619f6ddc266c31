/** The default settings, apart from the schema so that the content script can have them without zod. */
import type { CardFontSize, MarkColour, Marking, MarkStyle, Modifier, SiteMode, Theme, Trigger } from './choices';

/**
 * Typed from the choices, not from the schema's inferred type (the schema takes its defaults from here);
 * schema.ts checks that this is a valid Settings value.
 */
export const DEFAULT_SETTINGS: {
  paused: boolean;
  siteMode: SiteMode;
  disabledSites: string[];
  enabledSites: string[];
  marking: Marking;
  markStyle: MarkStyle;
  markColour: MarkColour;
  firstMentionOnly: boolean;
  trigger: Trigger;
  modifier: Modifier;
  dwellMs: number;
  cardFontSize: CardFontSize;
  theme: Theme;
  hiddenCategories: never[];
  hiddenEntries: string[];
} = {
  paused: false,
  siteMode: 'everywhere',
  disabledSites: [],
  enabledSites: [],
  marking: 'default',
  markStyle: 'underline',
  markColour: 'blue',
  // Wikipedia links a term at its first occurrence: a page underlined word after word reads as noise (issue #17).
  firstMentionOnly: true,
  trigger: 'hover',
  modifier: 'Alt',
  // Wikipedia's Page Previews found ~500 ms kept accidental previews rare on link-dense pages; Gloss marks far
  // fewer words than a page has links, so a shorter dwell feels instant without cards flickering open.
  dwellMs: 250,
  cardFontSize: 'medium',
  theme: 'system',
  hiddenCategories: [],
  hiddenEntries: [],
};
