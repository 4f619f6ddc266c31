import { describe, expect, it } from 'vitest';
import { aliasKey, CharClass, charClass, regexClass } from '../../src/matching/normalize';

describe('charClass', () => {
  it('gives the same class as the Unicode-property definition for every fast-pathed code point', () => {
    const ranges = [
      [0, 0xff],
      [0x2000, 0x206f],
    ];
    const differ: string[] = [];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        if (charClass(c) !== regexClass(c)) differ.push(c.toString(16));
      }
    }
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
