/** Curated entries override generated ones with the same identity; clashes between generated ones never fail. */
import { describe, expect, it } from 'vitest';
import { type GeneratedEntry, mergeTiers } from '../../../src/knowledge/generated/merge';
import type { EntryDraft } from '../../../src/knowledge/schema';
import { validateKnowledge } from '../../../src/knowledge/validate';

const entry = (id: string, aliases: string[], more: Partial<EntryDraft> = {}): EntryDraft => ({
  id,
  title: aliases[0]!,
  category: 'person',
  aliases: aliases.map((text) => ({ text })),
  summary: 'A person.',
  context: ['Kenya'],
  sources: [{ title: 'Source', url: 'https://example.org/' }],
  checked: '2026-01-22',
  ...more,
});
const gen = (e: EntryDraft, person = true): GeneratedEntry => ({ entry: e, person });
const curated = [
  {
    path: 'knowledge/people.yaml',
    data: [
      entry('bernie-sanders', ['Bernie Sanders'], { context: [] }),
      entry('georgia', ['Georgia'], { category: 'place', context: [] }),
    ],
  },
];

describe('mergeTiers', () => {
  it('drops a generated entry with a curated id, or with a name a curated entry of its category claims', () => {
    const { files, overridden } = mergeTiers(curated, [
      {
        path: 'gen',
        entries: [
          gen(entry('bernie-sanders', ['Bernard Sanders'])),
          gen(entry('us-congress-s000033', ['Bernard Sanders', 'Bernie Sanders'])),
        ],
      },
    ]);
    expect(overridden).toEqual(['bernie-sanders', 'us-congress-s000033']);
    expect(files.at(-1)!.data).toEqual([]);
  });

  it('reads a curated alias written as a plain string like one written as an object', () => {
    const plain = [
      { path: 'knowledge/people.yaml', data: [{ ...entry('bernie-sanders', []), aliases: ['Bernie Sanders'] }] },
    ];
    const { overridden } = mergeTiers(plain, [
      { path: 'gen', entries: [gen(entry('us-congress-s000033', ['Bernie Sanders']))] },
    ]);
    expect(overridden).toEqual(['us-congress-s000033']);
  });

  it('takes away only the alias when the curated claimant is of another category', () => {
    const { files } = mergeTiers(curated, [
      {
        path: 'gen',
        entries: [gen(entry('georgia-party', ['Georgia', 'Georgian Dream'], { category: 'organisation' }), false)],
      },
    ]);
    expect((files.at(-1)!.data as EntryDraft[])[0]!.aliases).toEqual([{ text: 'Georgian Dream' }]);
  });

  it('gives two generated people with one name their own ids and the shared alias a need for context', () => {
    const { files } = mergeTiers(curated, [
      {
        path: 'gen',
        entries: [
          gen(entry('john-smith', ['John Smith'], { context: ['Kenya'] })),
          gen(entry('john-smith', ['John Smith'], { context: ['Ghana'] })),
        ],
      },
    ]);
    const data = files.at(-1)!.data as EntryDraft[];
    expect(data.map((e) => e.id)).toEqual(['john-smith-ghana', 'john-smith-kenya']);
    expect(data.every((e) => e.aliases[0]!.needsContext === true)).toBe(true);
    // The whole base validates: the clash is resolved by the rule, not reported.
    expect(() => validateKnowledge(files)).not.toThrow();
  });

  it('drops a single word several generated entries claim, and related ids that do not exist', () => {
    const { files, overridden } = mergeTiers(curated, [
      {
        path: 'gen',
        entries: [
          gen(entry('army-kenya', ['Army'], { category: 'military' }), false),
          gen(
            entry('army-ghana', ['Army', 'Ghana Army'], {
              category: 'military',
              context: ['Ghana'],
              related: ['nowhere', 'georgia'],
            }),
            false,
          ),
        ],
      },
    ]);
    expect(overridden).toEqual(['army-kenya']);
    const [ghana] = files.at(-1)!.data as EntryDraft[];
    expect(ghana!.aliases).toEqual([{ text: 'Ghana Army' }]);
    expect(ghana!.related).toEqual(['georgia']);
  });

  it("gives a generated person their surname as a surname alias, unless it is a word, a first name or another's", () => {
    const person = (id: string, name: string, surname: string): GeneratedEntry => ({
      ...gen(entry(id, [name])),
      surname,
    });
    const { files } = mergeTiers(
      curated,
      [
        {
          path: 'gen',
          entries: [
            person('emmerson-mnangagwa', 'Emmerson Mnangagwa', 'Mnangagwa'),
            person('todd-young', 'Todd Young', 'Young'),
            person('mike-lee', 'Mike Lee', 'Lee'),
            person('lee-anderson', 'Lee Anderson', 'Anderson'),
            person('jim-georgia', 'Jim Georgia', 'Georgia'),
            person('ann-victoria', 'Ann Victoria', 'Victoria'),
            gen(entry('victoria-state', ['Victoria'], { category: 'place' }), false),
          ],
        },
      ],
      { commonWords: new Set(['young']) },
    );
    const aliases = (id: string) => (files.at(-1)!.data as EntryDraft[]).find((e) => e.id === id)!.aliases;
    expect(aliases('emmerson-mnangagwa')).toEqual([
      { text: 'Emmerson Mnangagwa' },
      { text: 'Mnangagwa', surname: true },
    ]);
    expect(aliases('lee-anderson')).toEqual([{ text: 'Lee Anderson' }, { text: 'Anderson', surname: true }]);
    expect(aliases('todd-young')).toEqual([{ text: 'Todd Young' }]); // a common word
    expect(aliases('mike-lee')).toEqual([{ text: 'Mike Lee' }]); // a first name (Lee Anderson)
    expect(aliases('jim-georgia')).toEqual([{ text: 'Jim Georgia' }]); // a curated entry's name
    expect(aliases('ann-victoria')).toEqual([{ text: 'Ann Victoria' }]); // a generated place's name
  });
});
