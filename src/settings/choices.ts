/**
 * The choices a reader has, by name, with the reason for each range. Pure and
 * free of zod: the content script reads settings with these (page-policy.ts),
 * the schema validates against them (schema.ts).
 */

export const MARKING = ['fewer', 'default', 'more'] as const;
export type Marking = (typeof MARKING)[number];

/** `none` still explains on hover: the terms are found, only not painted. */
export const MARK_STYLES = ['underline', 'background', 'none'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

/** `contrast` is for low vision and busy pages: solid, thick, and the text's own colour (highlight.css). */
export const MARK_COLOURS = ['blue', 'green', 'purple', 'orange', 'contrast'] as const;
export type MarkColour = (typeof MARK_COLOURS)[number];

export const TRIGGERS = ['hover', 'modifier', 'click'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** The keys a "hover while holding" trigger can use (KeyboardEvent.key names). */
export const MODIFIERS = ['Alt', 'Control', 'Shift', 'Meta'] as const;
export type Modifier = (typeof MODIFIERS)[number];

/**
 * The dwell before a hovered term's card opens. Below 100 ms cards open as the pointer merely crosses text;
 * above 1.5 s readers think nothing will happen (Page Previews' studies put the comfortable range at
 * roughly 150–700 ms). The default is in defaults.ts.
 */
export const DWELL_RANGE = { min: 100, max: 1500, step: 50 } as const;

/** Card text sizes, in CSS pixels. */
export const CARD_FONT_SIZES = ['small', 'medium', 'large', 'larger'] as const;
export type CardFontSize = (typeof CARD_FONT_SIZES)[number];
export const CARD_FONT_PX: Record<CardFontSize, number> = { small: 13, medium: 14, large: 16, larger: 19 };

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** `everywhere` but the sites turned off, or only on the sites listed. */
export const SITE_MODES = ['everywhere', 'listed'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/** Is `value` one of `choices`? (Narrows an unknown stored value without zod.) */
export function oneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value);
}
