/** Weak aliases, one rule at build time (knowledge/weak-aliases.ts), on entries built for the test. */
import { describe, expect, it } from 'vitest';
import { compileKnowledge, surnameOf } from '../../src/knowledge/compile';
import { commonWords } from '../../src/knowledge/common-words';
import { entrySchema } from '../../src/knowledge/schema';
import { AliasFlag } from '../../src/matching/alias-table';
import { entry } from '../helpers/table';

const compiled = compileKnowledge(
  [
    entry('boris-pistorius', [{ text: 'Boris Pistorius' }, { text: 'Pistorius' }], { category: 'person' }),
    entry('adolf-hitler', [{ text: 'Adolf Hitler' }, { text: 'Hitler' }], {
      category: 'person',
      familiarity: 'common',
    }),
    // A household name's surname that is also a first name ("Paul Ryan") stays weak.
    entry('ron-paul', [{ text: 'Ron Paul' }, { text: 'Paul' }], { category: 'person', familiarity: 'common' }),
    entry('paul-ryan', [{ text: 'Paul Ryan' }], { category: 'person', title: 'Paul Ryan' }),
    entry('gordon-brown', [{ text: 'Gordon Brown' }, { text: 'Brown' }], { category: 'person', familiarity: 'common' }),
    entry('renaissance', [{ text: 'Renaissance' }], { category: 'organisation' }),
    entry('jordan', [{ text: 'Jordan' }], { category: 'place' }),
    entry('hamas', [{ text: 'Hamas' }], { category: 'organisation' }),
    entry('sdf-japan', [{ text: 'SDF' }]),
    entry('sdf-syria', [{ text: 'SDF' }]),
    entry('nato', [{ text: 'NATO' }]),
    entry('gaza-war', [{ text: 'Gaza war' }], { category: 'event', began: '2023-10-07' }),
  ].map((e) => entrySchema.parse(e)),
  [],
  { commonWords: commonWords() },
);
const flags = (text: string) => compiled.table.aliases.find(([t]) => t === text)![1];

describe('weak aliases', () => {
  it('a surname alone, a name that is a common word, a short acronym two entries claim', () => {
    expect(flags('Pistorius') & AliasFlag.Weak).toBeTruthy();
    expect(flags('Renaissance') & (AliasFlag.Weak | AliasFlag.CommonWord)).toBe(AliasFlag.Weak | AliasFlag.CommonWord);
    expect(flags('SDF') & AliasFlag.Weak).toBeTruthy();
  });

  it("a household name's surname alone only when it is theirs alone, no word and no first name", () => {
    expect(flags('Hitler') & AliasFlag.Weak).toBe(0);
    expect(flags('Brown') & AliasFlag.Weak).toBeTruthy(); // a word
    expect(flags('Paul') & AliasFlag.Weak).toBeTruthy(); // a first name
    expect(flags('Pistorius') & AliasFlag.Weak).toBeTruthy(); // not a household name
  });

  it('not a full name, a place, a name that is no English word, or an acronym one entry has', () => {
    for (const text of ['Boris Pistorius', 'Jordan', 'Hamas', 'NATO']) expect(flags(text) & AliasFlag.Weak).toBe(0);
  });

  it('carries when each entry began, as a day number (0: unknown)', () => {
    const i = compiled.table.ids.indexOf('gaza-war');
    expect(new Date(compiled.table.began![i] * 86_400_000).toISOString().slice(0, 10)).toBe('2023-10-07');
    expect(compiled.table.began![compiled.table.ids.indexOf('nato')]).toBe(0);
  });

  it("a person's surname, from their title, unless there is none to take", () => {
    expect(surnameOf('Boris Johnson')).toBe('Johnson');
    expect(surnameOf('Alexandria Ocasio-Cortez')).toBe('Ocasio-Cortez');
    expect(surnameOf('Bill Taylor (diplomat)')).toBe('Taylor');
    // A regnal number, one name, a suffix, or a surname of two letters (too short to stand alone).
    for (const title of ['Charles III', 'Lula', 'Martin Luther King Jr.', 'Tony Li']) {
      expect(surnameOf(title), title).toBeUndefined();
    }
  });
});
