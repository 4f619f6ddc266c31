/**
 * Checks what reaches the content script (from the popup or the background).
 * Hand-written rather than zod: the content script runs on every page and
 * zod would add a quarter to its size. Unknown messages give null: ignored.
 */
import type { PageRequest } from './protocol';

export function asPageRequest(message: unknown): PageRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'listPageTerms':
      return { type: 'listPageTerms' };
    case 'revealTerm':
      return typeof m.id === 'string' && m.id.length <= 80 ? { type: 'revealTerm', id: m.id } : null;
    case 'stepTerm':
      return m.direction === 'next' || m.direction === 'previous' ? { type: 'stepTerm', direction: m.direction } : null;
    case 'explainSelection':
      if (m.text === undefined) return { type: 'explainSelection' };
      return typeof m.text === 'string' && m.text.length <= 2000 ? { type: 'explainSelection', text: m.text } : null;
    default:
      return null;
  }
}
