import { describe, expect, it } from 'vitest';
import { mergeOwnEntries, replacedBy } from '../../src/knowledge/merge-own';
import { newOwnId, ownEntriesSchema, ownEntryDetails, ownEntrySchema } from '../../src/knowledge/own-entry';
import type { AliasTable } from '../../src/matching/alias-table';
import { matcherFor } from '../../src/matching/matcher';
import { ownEntry } from '../helpers/own-entry';

describe('own entries', () => {
  it('accept what the bundled knowledge accepts, with an optional web link', () => {
    expect(ownEntrySchema.parse(ownEntry({ link: 'https://example.org/quad' })).link).toBe('https://example.org/quad');
  });

  it.each([
    ['markup in the summary', { summary: 'A <b>forum</b>.' }, 'summary', /plain text/],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'link', /https:\/\/ or http:\/\//],
    ['a data: link', { link: 'data:text/html,<script>alert(1)</script>' }, 'link', /https:\/\//],
    ['a 10,000-character summary', { summary: 'a'.repeat(10_000) }, 'summary', /at most 300/],
    ['a lone surrogate', { title: 'Qu\uD800ad' }, 'title', /valid Unicode/],
    ['no alias', { aliases: [] }, 'aliases', /at least one alias/],
    [
      'a huge alias list',
      { aliases: Array.from({ length: 5000 }, (_, i) => ({ text: `A${i}` })) },
      'aliases',
      /too big|at most/i,
    ],
    ['a bundled-style id', { id: 'nato' }, 'id', /own-/],
    ['an unknown field', { __proto__: null, constructor: 'x' } as never, '', /nrecognized key/],
  ])('refuse %s, naming the field', (_, change, field, message) => {
    const result = ownEntrySchema.safeParse({ ...ownEntry(), ...(change as object) });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => String(i.path[0] ?? '') === field)!;
    expect(issue.message).toMatch(message);
  });

  it('refuse a "__proto__" key parsed from JSON, and do not touch the prototype', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"polluted": true}, "id": "own-x"}');
    expect(ownEntrySchema.safeParse(parsed).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuse two own entries claiming the same words', () => {
    const result = ownEntriesSchema.safeParse([
      ownEntry(),
      ownEntry({ id: 'own-quad-2', title: 'Quad bike', aliases: [{ text: 'quad' }] }),
    ]);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual([1, 'aliases', 0, 'text']);
    expect(result.error!.issues[0].message).toMatch(/already a word of your entry “Quad”/);
  });

  it('get ids from their titles that no other entry has', () => {
    expect(newOwnId('Quad', new Set())).toBe('own-quad');
    expect(newOwnId('Quad', new Set(['own-quad']))).toBe('own-quad-2');
    expect(newOwnId('Élysée Palace!', new Set())).toBe('own-elysee-palace');
    expect(newOwnId('日本', new Set())).toBe('own-entry');
  });

  it('show on a card as the reader’s, with the link as its source', () => {
    const details = ownEntryDetails(ownEntry({ link: 'https://www.example.org/q' }));
    expect(details).toMatchObject({ own: true, checked: '2026-11-22', sources: [{ title: 'example.org' }] });
  });
});

/** What the matcher finds in `text`, as [text, entry ids]. */
const find = (table: AliasTable, text: string) => {
  const m = matcherFor(table);
  const r = m.scan(text).matches;
  const out: [string, string[]][] = [];
  for (let i = 0; i < r.length; i += 3)
    out.push([text.slice(r[i], r[i + 1]), table.aliases[r[i + 2]][2].map((e) => table.ids[e])]);
  return out;
};

describe('merging own entries into the alias table', () => {
  const bundled: AliasTable = {
    v: 1,
    ids: ['sdf-japan', 'sdf-syria', 'nato'],
    cat: [0, 0, 0],
    categories: ['military'],
    rel: [[], [], []],
    fam: [1, 1, 0],
    aliases: [
      ['SDF', 0, [0, 1]],
      ['Self-Defense Forces', 1, [0]],
      ['NATO', 0, [2]],
      ['Tokyo', 9, [0]], // a context word (hint)
    ],
  };

  it('leaves the table as it is with no own entries', () => {
    expect(mergeOwnEntries(bundled, [])).toBe(bundled);
  });

  it('marks own entries, always (the highest familiarity), in their category', () => {
    const merged = mergeOwnEntries(bundled, [ownEntry()]);
    expect(find(merged, 'The Quad met. The Quadrilateral Security Dialogue and NATO.')).toEqual([
      ['Quad', ['own-quad']],
      ['Quadrilateral Security Dialogue', ['own-quad']],
      ['NATO', ['nato']],
    ]);
    expect(merged.fam.at(-1)).toBe(2);
    expect(merged.categories[merged.cat.at(-1)!]).toBe('organisation');
  });

  it('takes over a bundled alias of the same words, leaving the bundled entry its other aliases', () => {
    const mine = ownEntry({ id: 'own-sdf', title: 'SDF', aliases: [{ text: 'SDF' }] });
    const merged = mergeOwnEntries(bundled, [mine]);
    expect(find(merged, 'The SDF and the Self-Defense Forces')).toEqual([
      ['SDF', ['own-sdf']],
      ['Self-Defense Forces', ['sdf-japan']],
    ]);
    expect(replacedBy(bundled, mine)).toEqual([{ alias: 'SDF', replaced: ['sdf-japan', 'sdf-syria'] }]);
    // Context words are evidence, not marks: they stay.
    expect(merged.aliases.some(([text]) => text === 'Tokyo')).toBe(true);
  });
});
