import type { OwnEntry } from '../../src/knowledge/own-entry';

/** A valid own entry, with any fields changed. */
export const ownEntry = (over: Partial<OwnEntry> = {}): OwnEntry => ({
  id: 'own-quad',
  title: 'Quad',
  category: 'organisation',
  aliases: [{ text: 'Quad' }, { text: 'Quadrilateral Security Dialogue' }],
  summary: 'A security forum of Australia, India, Japan and the United States.',
  updated: '2026-11-22',
  ...over,
});
