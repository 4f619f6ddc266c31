import { describe, expect, it } from 'vitest';
import { draftOf, EMPTY_DRAFT, entryFromDraft } from '../../src/options/own-entry-form';
import { ownEntry } from '../helpers/own-entry';

const draft = {
  ...EMPTY_DRAFT,
  title: 'Quad',
  aliases: 'Quad\n  Quadrilateral Security Dialogue \n\n',
  summary: 'A forum.',
};

describe('the own-entry form', () => {
  it('turns a draft into an entry: one alias a line, blank lines ignored, optional fields left out', () => {
    expect(entryFromDraft(draft, 'own-quad', [], '2026-11-22')).toEqual({
      ok: true,
      entry: {
        id: 'own-quad',
        title: 'Quad',
        category: 'concept',
        aliases: [{ text: 'Quad' }, { text: 'Quadrilateral Security Dialogue' }],
        summary: 'A forum.',
        updated: '2026-11-22',
      },
    });
  });

  it('puts each problem by its field, naming the alias line', () => {
    const result = entryFromDraft(
      { ...draft, title: '', aliases: 'Quad\n-dash', summary: 'x'.repeat(301), link: 'javascript:alert(1)' },
      'own-x',
      [],
      '2026-11-22',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toMatch(/^Must not be empty/);
    expect(result.errors.aliases).toMatch(/^“-dash” \(line 2\): must start with a letter or digit/);
    expect(result.errors.summary).toMatch(/at most 300/);
    expect(result.errors.link).toMatch(/https:\/\//);
  });

  it('refuses an alias another own entry has, by the aliases field', () => {
    const other = ownEntry({ id: 'own-other', title: 'Other', aliases: [{ text: 'quad' }] });
    const result = entryFromDraft(draft, 'own-quad', [other], '2026-11-22');
    expect(result).toEqual({
      ok: false,
      errors: { aliases: '“Quad” (line 1): “Quad” is already a word of your entry “Other”' },
    });
  });

  it('edits round-trip through the form unchanged', () => {
    const entry = ownEntry({ details: 'Longer.', link: 'https://example.org/' });
    expect(entryFromDraft(draftOf(entry), entry.id, [], entry.updated)).toEqual({ ok: true, entry });
  });
});
