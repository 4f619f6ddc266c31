import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/knowledge/compile';
import { knowledgeDir } from '../../src/knowledge/location';
import { loadKnowledge } from '../../src/knowledge/read-files';
import { countSentences } from '../../src/knowledge/schema';
import { KnowledgeValidationError, validateKnowledge } from '../../src/knowledge/validate';
import { AliasFlag } from '../../src/matching/alias-table';
import { entry } from '../helpers/table';

function problems(...files: unknown[][]): string[] {
  try {
    validateKnowledge(files.map((data, i) => ({ path: `knowledge/f${i}.yaml`, data })));
    return [];
  } catch (error) {
    if (!(error instanceof KnowledgeValidationError)) throw error;
    return error.errors.map((e) => `${e.path} ${e.at}: ${e.message}`);
  }
}

describe('validateKnowledge', () => {
  it('accepts a valid entry', () => {
    expect(problems([entry('a', [{ text: 'Alpha' }])])).toEqual([]);
  });

  it('names the file and the field of an invalid entry', () => {
    const bad = { ...entry('kishida', [{ text: 'Kishida' }]), sources: [{ title: 'x', url: 'javascript:alert(1)' }] };
    expect(problems([entry('ok', [{ text: 'Ok' }]), bad])).toEqual([
      'knowledge/f0.yaml [1] (kishida).sources[0].url: must be an https:// URL',
    ]);
  });

  it.each([
    [{ summary: 'One. Two. Three. Four.' }, 'summary: must be one to three sentences'],
    [{ summary: 'The current Prime Minister.' }, 'must not say "current"'],
    [{ title: '<b>x</b>' }, 'must be plain text'],
    [{ checked: '22/11/2026' }, 'checked: must be a date'],
    [{ sources: [] }, 'needs at least one source'],
    [{ extra: 1 }, 'extra: unknown field'],
    [{ summry: 'x' }, 'summry: unknown field (did you mean "summary"?)'],
    [{ aliases: [{ text: '-dash' }] }, 'must start with a letter or digit'],
  ])('rejects %o', (patch, message) => {
    const out = problems([{ ...entry('a', [{ text: 'Alpha' }]), ...patch }]);
    expect(out.join('\n')).toContain(message);
  });

  it('catches duplicate ids across files', () => {
    expect(problems([entry('a', [{ text: 'A1' }])], [entry('a', [{ text: 'A2' }])])).toEqual([
      'knowledge/f1.yaml [0] (a).id: duplicate id "a" (also in knowledge/f0.yaml)',
    ]);
  });

  it('catches unknown related ids', () => {
    expect(problems([entry('a', [{ text: 'A1' }], { related: ['b'] })])).toEqual([
      'knowledge/f0.yaml a.related[0]: unknown related id "b"',
    ]);
  });

  it('catches an alias two entries claim without context to tell them apart', () => {
    const out = problems([
      entry('sdf-japan', [{ text: 'SDF' }], { context: ['Japan'] }),
      entry('sdf-syria', [{ text: 'SDF' }]),
    ]);
    expect(out).toEqual([
      'knowledge/f0.yaml sdf-syria.aliases: alias "sdf" collides with "sdf-japan"; give every entry that claims it "context" words to tell them apart',
    ]);
    expect(
      problems([
        entry('sdf-japan', [{ text: 'SDF' }], { context: ['Japan'] }),
        entry('sdf-syria', [{ text: 'SDF' }], { context: ['Syria'] }),
      ]),
    ).toEqual([]);
  });

  it('catches an alias listed twice in one entry, but keeps exact spellings apart', () => {
    expect(problems([entry('a', [{ text: 'Kishida' }, { text: 'kishida', case: 'name' }])])[0]).toContain(
      'listed twice',
    );
    expect(problems([entry('nato', [{ text: 'NATO' }, { text: 'Nato', case: 'exact' }])])).toEqual([]);
  });
});

describe('countSentences', () => {
  it.each([
    ['The U.S. and Japan signed it in 1960.', 1],
    ['One. Two! Three?', 3],
    ['Signed in 1960. Revised never.', 2],
  ])('%s -> %i', (text, n) => expect(countSentences(text)).toBe(n));
});

describe('compileKnowledge', () => {
  it('merges an alias shared by two entries, keeping the strictest case rule', () => {
    const { table } = compileKnowledge(
      validateKnowledge([
        {
          path: 'f',
          data: [
            entry('sdf-japan', [{ text: 'SDF' }], { context: ['Japan'] }),
            entry('sdf-syria', [{ text: 'SDF' }], { context: ['Syria', 'Japan'] }),
          ],
        },
      ]).entries,
    );
    const sdf = table.aliases.find(([t, f]) => t === 'SDF' && !(f & AliasFlag.Hint));
    expect(sdf?.[2]).toEqual([0, 1]);
    const japanHint = table.aliases.find(([t, f]) => t === 'Japan' && f & AliasFlag.Hint);
    expect(japanHint?.[2]).toEqual([0, 1]);
  });
});

describe('the bundled knowledge base', () => {
  it('validates, and every entry has a source and a checked date', () => {
    const { entries } = loadKnowledge(knowledgeDir());
    expect(entries.length).toBeGreaterThanOrEqual(80);
    for (const e of entries) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.checked, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
