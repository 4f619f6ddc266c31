import { describe, expect, it } from 'vitest';
import { aliasKey, CharClass, charClass, regexClass } from '../../src/matching/normalize';

describe('charClass', () => {
  it('gives the same class as the Unicode-property definition for every code unit', () => {
    // The fast paths (ASCII, Latin-1, General Punctuation) and the generated ranges for the rest: a Node with
    // newer Unicode data than scripts/gen-word-ranges.ts was run with fails here; run it again.
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (charClass(c) !== regexClass(c)) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it.each([
    ['é', CharClass.Word],
    ['’', CharClass.Apostrophe],
    ['–', CharClass.Hyphen],
    ['\u00a0', CharClass.Space],
    ['“', CharClass.Other],
    ['漢', CharClass.Word],
  ])('%s', (ch, cls) => expect(charClass(ch.charCodeAt(0))).toBe(cls));
});

describe('aliasKey', () => {
  it('folds case, spaces, hyphens and apostrophes', () => {
    expect(aliasKey('  Self–Defense   Forces ')).toBe(aliasKey('self-defense forces'));
    expect(aliasKey('Japan’s')).toBe(aliasKey("japan's"));
  });
});
