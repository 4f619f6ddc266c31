import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledgeDir } from '../../src/knowledge/location';
import { compileKnowledgeDir } from '../../src/knowledge/read-files';
import { AliasFlag, type AliasTable, ENTRY_FIELDS } from '../../src/matching/alias-table';
import { matcherFor } from '../../src/matching/matcher';
import { AliasDirectory } from '../../src/matching/table-subset';
import { addWordKeys, KeySet } from '../../src/matching/word-keys';
import { corpusPages, corpusText } from '../../scripts/bench/corpus-text';
import { entry, tableOf } from '../helpers/table';

/** What a scan found, told by alias text and entry ids (indices differ between a table and its subset). */
function found(table: AliasTable, text: string, matcher = matcherFor(table)) {
  const { matches, hints } = matcher.scan(text);
  const terms: string[] = [];
  for (let i = 0; i < matches.length; i += 3) {
    const [text_, , meanings] = table.aliases[matches[i + 2]];
    terms.push(`${matches[i]}-${matches[i + 1]} ${text_} ${meanings.map((e) => table.ids[e]).join('|')}`);
  }
  const hintIds = new Set(hints.flatMap((h) => table.aliases[h][2].map((e) => table.ids[e])));
  return { terms, hintIds };
}

function subsetFor(directory: AliasDirectory, text: string) {
  const words = new KeySet();
  addWordKeys(text, words);
  return { sub: directory.subset(words), words };
}

const full = compileKnowledgeDir(knowledgeDir()).table;
const directory = new AliasDirectory(full);

describe("a page's subset of the alias table", () => {
  it('finds on every corpus page exactly what the whole table finds, with a small part of it', () => {
    for (const page of corpusPages()) {
      const text = corpusText(page);
      const whole = found(full, text);
      const { sub, words } = subsetFor(directory, text);
      // The page's matcher decodes the index the background built with the page's words.
      const unseen = new KeySet();
      const matcher = matcherFor(sub, { unseen });
      const part = found(sub, text, matcher);
      expect(part.terms, page).toEqual(whole.terms);
      expect(unseen.size, page).toBe(0);
      expect([...matcher.knownWords()].toSorted(), page).toEqual([...words].toSorted());
      // Context words are kept for the entries the page names (the only ones they are evidence for).
      const named = new Set(sub.ids);
      expect(part.hintIds, page).toEqual(new Set([...whole.hintIds].filter((id) => named.has(id))));
      expect(sub.aliases.length).toBeLessThan(full.aliases.length / 3);
    }
  });

  it('keeps each entry its id, numbers and related entries, renumbered', () => {
    const table = tableOf(
      entry('quad', [{ text: 'Quad', needsContext: true }], {
        related: ['aukus', 'elsewhere'],
        familiarity: 'specialist',
      }),
      // began: a date travels with its entry (a page's date rules out what began after it).
      entry('aukus', [{ text: 'AUKUS' }], { category: 'organisation', began: '2021-09-15' }),
      entry('elsewhere', [{ text: 'Elsewhere Pact' }], { related: ['quad'] }),
    );
    const d = new AliasDirectory(table);
    const { sub } = subsetFor(d, 'AUKUS and the Quad met.');
    expect(sub.ids.toSorted()).toEqual(['aukus', 'quad']);
    const at = (id: string) => sub.ids.indexOf(id);
    const atFull = (id: string) => table.ids.indexOf(id);
    for (const field of ENTRY_FIELDS) {
      for (const id of sub.ids) expect(sub[field]?.[at(id)], `${field} of ${id}`).toBe(table[field]?.[atFull(id)]);
    }
    expect(sub.categories[sub.cat[at('aukus')]]).toBe('organisation');
    expect(table.rel[atFull('quad')].length).toBe(2);
    expect(sub.rel[at('quad')]).toEqual([at('aukus')]);
    expect(sub.aliases.map(([t, , m]) => [t, m.map((e) => sub.ids[e])])).toEqual(
      expect.arrayContaining([
        ['Quad', ['quad']],
        ['AUKUS', ['aukus']],
      ]),
    );
    expect(subsetFor(d, 'Nothing known here.').sub.aliases).toEqual([]);
  });

  it('keeps a context word only for an entry the page names', () => {
    const table = tableOf(
      entry('diet-japan', [{ text: 'Diet', needsContext: true }], { context: ['Tokyo'] }),
      entry('tokyo-metro', [{ text: 'Tokyo Metro' }], { context: ['Tokyo'] }),
    );
    const d = new AliasDirectory(table);
    const withDiet = subsetFor(d, 'The Diet met in Tokyo.').sub;
    expect(
      withDiet.aliases.filter(([, f]) => f & AliasFlag.Hint).map(([t, , m]) => [t, m.map((e) => withDiet.ids[e])]),
    ).toEqual([['Tokyo', ['diet-japan']]]);
    expect(subsetFor(d, 'Rain in Tokyo.').sub.aliases).toEqual([]);
  });

  it('agrees with the whole table on any text made of its aliases and other words (property)', () => {
    const pool = full.aliases.filter(([, f]) => !(f & AliasFlag.Hint)).map(([t]) => t);
    const piece = fc.oneof(
      fc.constantFrom(...pool),
      fc.constantFrom('the', 'and', 'of', 'said', 'U.S.', 'New', 'Minister', ',', '.', '-', "'s"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom(' ', '  ', '\n'), (pieces, gap) => {
        const text = pieces.join(gap);
        const { sub, words } = subsetFor(directory, text);
        expect(found(sub, text, matcherFor(sub, { known: words })).terms).toEqual(found(full, text).terms);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the matcher told which words its table was made for', () => {
  it('collects the words of later text that it was not told about, once each, and says when the first arrives', () => {
    const table = tableOf(entry('quad', [{ text: 'Quad' }]));
    const words = new KeySet();
    addWordKeys('the Quad met', words);
    const unseen = new KeySet();
    const matcher = matcherFor(table, { known: words, unseen });
    let calls = 0;
    matcher.onUnseen = () => calls++;
    expect(matcher.scan('the Quad met').matches.length).toBe(3);
    expect(unseen.size).toBe(0);
    matcher.scan('the Quad met AUKUS and aukus and Tokyo');
    const expected = new KeySet();
    addWordKeys('AUKUS and Tokyo', expected);
    expect([...unseen].toSorted()).toEqual([...expected].toSorted());
    expect(calls).toBe(1);
  });

  it('does the same with the index the background built for those words, decoded rather than built', () => {
    const table = tableOf(entry('quad', [{ text: 'Quad' }]));
    const words = new KeySet();
    addWordKeys('the Quad met', words);
    const sub = new AliasDirectory(table).subset(words);
    expect(sub.index?.words).toBe(true);
    const unseen = new KeySet();
    const matcher = matcherFor(sub, { unseen });
    expect(matcher.scan('the Quad met').matches.length).toBe(3);
    expect(unseen.size).toBe(0);
    matcher.scan('the Quad met AUKUS');
    const aukus = new KeySet();
    addWordKeys('AUKUS', aukus);
    expect([...unseen]).toEqual([...aukus]);
    expect([...matcher.knownWords()].toSorted()).toEqual([...words].toSorted());
    // A table whose index was not made for a page's words (the whole table's) collects nothing.
    const whole = matcherFor(table, { unseen: new KeySet() });
    whole.scan('the Quad met AUKUS');
    expect(whole.unseen).toBeNull();
  });
});
