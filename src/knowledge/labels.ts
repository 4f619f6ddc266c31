/** Readers' names for the categories, shared by the card and the popup. */
import type { Category } from './schema';

export const CATEGORY_LABELS: Record<Category, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  institution: 'Institution',
  law: 'Law or treaty',
  military: 'Military',
  economy: 'Economy',
  concept: 'Concept',
  event: 'Event',
};
