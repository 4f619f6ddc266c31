/** `npm run knowledge:stale` ranks what to re-check: entries with changing facts, oldest check first. */
import { describe, expect, it } from 'vitest';
import { type Entry, entrySchema, type EntryInput } from '../../src/knowledge/schema';
import { staleEntries, staleSignals } from '../../src/knowledge/stale';

const entry = (id: string, checked: string, more: Partial<EntryInput>): Entry =>
  entrySchema.parse({
    id,
    title: id,
    category: 'organisation',
    aliases: [{ text: id.toUpperCase() }],
    summary: 'A thing.',
    sources: [{ title: 'Source', url: 'https://example.org/' }],
    checked,
    ...more,
  });

describe('staleSignals', () => {
  it('names each kind of changing fact', () => {
    expect(
      staleSignals(entry('p', '2026-01-01', { category: 'person', roles: [{ title: 'Minister', from: '2024' }] })),
    ).toEqual(['open role']);
    expect(
      staleSignals(
        entry('p', '2026-01-01', { category: 'person', roles: [{ title: 'Minister', from: '2020', to: '2024' }] }),
      ),
    ).toEqual([]);
    expect(staleSignals(entry('o', '2026-01-01', { summary: 'A party led by Jane Doe since June 2024.' }))).toEqual([
      'since',
      'leader',
    ]);
    expect(staleSignals(entry('o', '2026-01-01', { summary: 'A bloc of 134 members.' }))).toEqual(['count']);
    expect(staleSignals(entry('o', '2026-01-01', { summary: 'A treaty signed in 1992.' }))).toEqual([]);
  });
});

describe('staleEntries', () => {
  it('lists only entries with a signal, oldest check first, then the one with more signals', () => {
    const ranked = staleEntries([
      entry('new-leader', '2026-11-22', { summary: 'A party led by Jane Doe since 2024.' }),
      entry('old-count', '2025-03-01', { summary: 'A bloc of 134 members.' }),
      entry('treaty', '2020-01-01', { summary: 'A treaty signed in 1992.' }),
      entry('same-day-one', '2026-11-22', { summary: 'A bloc of 10 members.' }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['old-count', 'new-leader', 'same-day-one']);
  });
});
