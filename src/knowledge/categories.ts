/** The categories of entries, apart from the schema so that the content script (settings) has them without zod. */
export const CATEGORIES = [
  'person',
  'place',
  'organisation',
  'institution',
  'law',
  'military',
  'economy',
  'concept',
  'event',
] as const;
export type Category = (typeof CATEGORIES)[number];
