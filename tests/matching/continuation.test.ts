/** A name run on into a longer one is that longer name (matching/continuation.ts). */
import { describe, expect, it } from 'vitest';
import { AliasFlag } from '../../src/matching/alias-table';
import { continuesName } from '../../src/matching/continuation';

/** Does `name` (the first occurrence) in `text` run on into a longer name? */
function runsOn(text: string, name: string, flags = 0, nextMatch = -1): boolean {
  const start = text.indexOf(name);
  return continuesName(text, start, start + name.length, flags, nextMatch);
}

function runsOnWith(text: string, name: string, given: ReadonlySet<string>): boolean {
  const start = text.indexOf(name);
  return continuesName(text, start, start + name.length, 0, -1, given);
}

describe('continuesName', () => {
  it('a capitalised word after the name makes another name', () => {
    expect(runsOn('Reserves at Bangladesh Bank fell to $31 billion, the central bank said.', 'Bangladesh')).toBe(true);
    expect(runsOn('said a researcher at the Kyiv School of Economics in a note.', 'Kyiv')).toBe(true);
    expect(runsOn('as reported by the Ottawa Citizen on Sunday.', 'Ottawa')).toBe(true);
  });

  it('but not a possessive, a lower-case word, punctuation, a date or another known name', () => {
    expect(runsOn("Bangladesh's economy grew, and exports from Bangladesh fell.", 'Bangladesh')).toBe(false);
    expect(runsOn('The NATO summit opened in Vilnius.', 'NATO')).toBe(false);
    expect(runsOn('Leaders met in Kyiv. Zelensky said talks would go on.', 'Kyiv')).toBe(false);
    expect(runsOn('The minister arrived in Kyiv Monday for talks.', 'Kyiv')).toBe(false);
    const text = 'a meeting of the NATO Ukraine Council was held';
    expect(runsOn(text, 'NATO', 0, text.indexOf('Ukraine'))).toBe(false);
  });

  it('nor the first name of a person the knowledge holds: a name, then a person', () => {
    const text = 'testified that Ambassador to the European Union Gordon Sondland had told him';
    const start = text.indexOf('European Union');
    const end = start + 'European Union'.length;
    expect(continuesName(text, start, end, 0)).toBe(true);
    expect(continuesName(text, start, end, 0, -1, new Set(['Gordon']))).toBe(false);
    // A word that is no one's first name still makes a longer name.
    expect(runsOnWith('Reserves at Bangladesh Bank fell.', 'Bangladesh', new Set(['Gordon']))).toBe(true);
  });

  it('not in a Title Case headline, which capitalises every word', () => {
    expect(runsOn('Bangladesh Faces Rising Prices as War Drags On', 'Bangladesh')).toBe(false);
  });

  it('a capitalised word before a name that is a common word, mid-sentence, makes another name', () => {
    const common = AliasFlag.Weak | AliasFlag.CommonWord;
    expect(runsOn('the idea of an African Renaissance was revived', 'Renaissance', common)).toBe(true);
    expect(runsOn("Macron's party, Renaissance, lost seats.", 'Renaissance', common)).toBe(false);
    expect(runsOn('Renaissance lost seats in the election.', 'Renaissance', common)).toBe(false);
    // Only for names that are common words: "Prime Minister Kishida" is Kishida.
    expect(runsOn('said Prime Minister Kishida on Monday', 'Kishida', AliasFlag.Weak)).toBe(false);
  });
});
