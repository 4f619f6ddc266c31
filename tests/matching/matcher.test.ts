import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AliasFlag, type AliasTable } from '../../src/matching/alias-table';
import { insideAddress } from '../../src/matching/address';
import { Matcher, matcherFor } from '../../src/matching/matcher';
import { compileKnowledge } from '../../src/knowledge/compile';
import { entrySchema } from '../../src/knowledge/schema';
import { entry, tableOf } from '../helpers/table';

const seedLikeTable = tableOf(
  entry('kishida', [{ text: 'Fumio Kishida' }, { text: 'Kishida' }]),
  entry('sdf', [{ text: 'Self-Defense Forces' }, { text: 'SDF' }]),
  entry('japan', [{ text: 'Japan' }]),
  entry('treaty', [{ text: 'U.S.-Japan Security Treaty' }]),
  entry('diet', [{ text: 'Diet', case: 'exact' }]),
  entry('art9', [{ text: 'Article 9' }]),
  entry('ceasefire', [{ text: 'ceasefire' }]),
  entry('nato', [{ text: 'NATO' }]),
  entry('un', [{ text: 'UN' }]),
  entry('parliament', [{ text: 'parliament' }]),
  entry('rottgen', [{ text: 'Röttgen' }]),
  entry('us', [{ text: 'U.S.' }]),
);
const matcher = matcherFor(seedLikeTable);

/** The matched texts and the ids they mean. */
function find(text: string, m: Matcher = matcher): [string, string][] {
  const { matches } = m.scan(text);
  const out: [string, string][] = [];
  for (let i = 0; i < matches.length; i += 3) {
    out.push([text.slice(matches[i], matches[i + 1]), m.table.ids[m.table.aliases[matches[i + 2]][2][0]]]);
  }
  return out;
}

describe('Matcher', () => {
  it.each([
    ['Prime Minister Fumio Kishida announced', [['Fumio Kishida', 'kishida']]],
    ['kishida stated that', [['kishida', 'kishida']]],
    [
      'Prime Minister Fumio\n                        Kishida said',
      [['Fumio\n                        Kishida', 'kishida']],
    ],
    ['Fumio, Kishida', [['Kishida', 'kishida']]],
    ['KISHIDA stated', []], // a name rule forgives the first letter only
    [
      'Japan’s Self-Defense Forces (SDF) have',
      [
        ['Japan', 'japan'],
        ['Self-Defense Forces', 'sdf'],
        ['SDF', 'sdf'],
      ],
    ],
    [
      'the Self Defense Forces and Self–Defense Forces',
      [
        ['Self Defense Forces', 'sdf'],
        ['Self–Defense Forces', 'sdf'],
      ],
    ],
    ['sdf is not an acronym here', []],
    ['The U.S.-japan Security Treaty forms', [['U.S.-japan Security Treaty', 'treaty']]],
    ['The U.S.–Japan Security Treaty', [['U.S.–Japan Security Treaty', 'treaty']]],
    ['A balanced diet keeps you healthy.', []],
    ['The Diet passed the law', [['Diet', 'diet']]],
    ['Article 9 renounces war', [['Article 9', 'art9']]],
    ['Article 90 of the constitution', []],
    ['Article 9.1 and Article 9,000', []],
    ['Article 9, which', [['Article 9', 'art9']]],
    [
      'A swift Ceasefire now; a ceasefire later',
      [
        ['Ceasefire', 'ceasefire'],
        ['ceasefire', 'ceasefire'],
      ],
    ],
    [
      "NATO's mission and NATO’s role",
      [
        ['NATO', 'nato'],
        ['NATO', 'nato'],
      ],
    ],
    ['UNESCO and UNICEF issued a statement.', []],
    ['the UN said', [['UN', 'un']]],
    ['Japanese officials', []],
    ['Write to mp.office@parliament.uk for details.', []],
    ['See https://www.parliament.uk/about or www.parliament.uk now', []],
    ['example.com/nato/ is a page', []],
    [
      'The parliament met. Then parliament.',
      [
        ['parliament', 'parliament'],
        ['parliament', 'parliament'],
      ],
    ],
    ['Norbert Röttgen, a German lawmaker', [['Röttgen', 'rottgen']]],
    [
      'the U.S. and Japan',
      [
        ['U.S.', 'us'],
        ['Japan', 'japan'],
      ],
    ],
    ['self-defense.However Japan', [['Japan', 'japan']]],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('takes the longest alias at a position', () => {
    const m = matcherFor(tableOf(entry('a', [{ text: 'Security' }]), entry('b', [{ text: 'Security Council' }])));
    expect(find('the Security Council met', m)).toEqual([['Security Council', 'b']]);
  });

  it('finds context words as hints, also inside a match', () => {
    const t = tableOf(
      entry('sdf-japan', [{ text: 'SDF' }], { context: ['Japan'] }),
      entry('sdf-syria', [{ text: 'SDF' }, { text: 'Syrian Democratic Forces' }], { context: ['Syrian'] }),
    );
    const m = matcherFor(t);
    const { hints, matches } = m.scan('Syrian Democratic Forces (SDF)');
    expect(hints.map((h) => t.aliases[h][0])).toEqual(['Syrian']);
    expect(matches.length / 3).toBe(2);
  });

  it('builds a 10,000-alias table quickly enough to do on every page load', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `Term${i.toString(36)} Name${i}`);
    const big: AliasTable = {
      v: 1,
      ids: ['x'],
      cat: [0],
      categories: ['concept'],
      rel: [[]],
      fam: [1],
      aliases: words.map((w) => [w, 1, [0]]),
    };
    const m = matcherFor(big);
    expect(find('a Term2s Name100 here', m)).toEqual([['Term2s Name100', 'x']]);
  });
});

describe('insideAddress', () => {
  it.each([
    ['mp.office@parliament.uk', 10, 20, true],
    ['https://nato.int/x', 8, 12, true],
    ['end of sentence.NATO said', 16, 20, false],
    ['(NATO)', 1, 5, false],
  ] as [string, number, number, boolean][])('%s [%i,%i) -> %s', (text, s, e, expected) => {
    expect(insideAddress(text, s, e)).toBe(expected);
  });

  it('agrees with the RegExp it was written from', () => {
    // The content script tests by hand what this RegExp says about the run of non-space text around a match.
    const address = /@|:\/\/|^\(?www\.|\.[a-z]{2,}\//i;
    const byRegExp = (text: string, s: number, e: number) => {
      const before = s > 0 ? text.charCodeAt(s - 1) : 32;
      const after = e < text.length ? text.charCodeAt(e) : 32;
      if (!/[.@/:_=?#&%+~]/.test(String.fromCharCode(before)) && !/[.@/:_=?#&%+~]/.test(String.fromCharCode(after)))
        return false;
      let a = s;
      while (a > Math.max(0, s - 120) && !/\s/.test(text[a - 1])) a--;
      let b = e;
      while (b < Math.min(text.length, e + 120) && !/\s/.test(text[b])) b++;
      return address.test(text.slice(a, b)) || before === 47 || after === 47;
    };
    const piece = fc.constantFrom(
      '(www.',
      'WWW.',
      '.',
      '(',
      '@',
      ':',
      '/',
      '://',
      'nato',
      'NATO',
      '.org/',
      'x',
      ' ',
      'é',
      '_',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        const s = text.length === 0 ? 0 : x % text.length;
        const e = s + (text.length === s ? 0 : y % (text.length - s));
        expect(insideAddress(text, s, e)).toBe(byRegExp(text, s, e));
      }),
      { numRuns: 3000 },
    );
  });
});

// ---------------------------------------------------------------------------
// Property tests against a slow reference: one RegExp per alias, tried at
// every word start, the longest match winning, no overlaps.

const WORD = /[\p{L}\p{N}\p{M}]/u;
const HYPHENS = '\\-\\u00ad\\u2010-\\u2015\\u2212\\ufe63\\uff0d';
const APOS = "'\\u2018\\u2019\\u02bc\\u2032\\uff07";

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function aliasRegExp(text: string, flags: number): RegExp {
  const rule = flags & AliasFlag.CaseMask; // 0 exact, 1 name, 2 any
  let src = '';
  let prevWord = false;
  for (const ch of text) {
    if (/\s/u.test(ch)) src += '\\s+';
    else if (new RegExp(`[${HYPHENS}]`).test(ch)) src += `[${HYPHENS}\\s]`;
    else if (new RegExp(`[${APOS}]`).test(ch)) src += `[${APOS}]`;
    else if (WORD.test(ch) && (rule === 2 || (rule === 1 && !prevWord)) && ch.toLowerCase() !== ch.toUpperCase()) {
      src += `[${escape(ch.toLowerCase())}${escape(ch.toUpperCase())}]`;
    } else src += escape(ch);
    prevWord = WORD.test(ch);
  }
  if (prevWord) src += '(?![\\p{L}\\p{N}\\p{M}])';
  if (/\d$/.test(text)) src += '(?![.,]\\d)';
  return new RegExp(src, 'uy');
}

function reference(aliasTable: AliasTable, text: string): [number, number][] {
  const res = aliasTable.aliases.map(([t, f]) => (f & AliasFlag.Hint ? null : aliasRegExp(t, f)));
  const out: [number, number][] = [];
  let lastEnd = 0;
  for (let i = 0; i < text.length; i++) {
    if (!WORD.test(text[i]) || (i > 0 && WORD.test(text[i - 1])) || i < lastEnd) continue;
    let best = -1;
    for (const re of res) {
      if (!re) continue;
      re.lastIndex = i;
      const m = re.exec(text);
      if (m && !insideAddress(text, i, i + m[0].length)) best = Math.max(best, i + m[0].length);
    }
    if (best > 0) {
      out.push([i, best]);
      lastEnd = best;
    }
  }
  return out;
}

const alphabet = ['a', 'b', 'c', 'A', 'B', 'ö', 'Ö', '9', '0', ' ', ' ', '-', '–', "'", '’', '.', ',', '\n', '\u00a0'];
const textArb = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 });
const aliasArb = fc
  .tuple(
    fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'B', 'ö', 'Ö', '9', '0'), minLength: 1, maxLength: 4 }),
    fc.array(
      fc.tuple(
        fc.constantFrom(' ', '-', "'", '.'),
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'ö', '9'), minLength: 1, maxLength: 3 }),
      ),
      { maxLength: 2 },
    ),
    fc.constantFrom('exact', 'name', 'any'),
  )
  .map(([first, rest, rule]) => ({
    text: first + rest.map(([s, w]) => s + w).join(''),
    case: rule as 'exact' | 'name' | 'any',
  }));

/** A spelling of an alias as a page might write it: separators swapped, letters in another case. */
const variantArb = (text: string) =>
  fc.array(fc.nat(9), { minLength: text.length, maxLength: text.length }).map((dice) =>
    [...text]
      .map((ch, i) => {
        const d = dice[i] ?? 0;
        if (ch === '-') return ['-', ' ', '–', '\u00a0', '.'][d % 5];
        if (ch === ' ') return [' ', '  ', '\n', '-', '', '\n                    '][d % 6];
        if (ch === "'") return ["'", '’', ''][d % 3];
        if (d === 0) return ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
        return ch;
      })
      .join(''),
  );

/** Aliases, and a text made of variants of them between random fillers. */
const caseArb = fc
  .uniqueArray(aliasArb, { minLength: 1, maxLength: 8, selector: (a) => a.text.toLowerCase() })
  .chain((aliases) =>
    fc.tuple(
      fc.constant(aliases),
      fc
        .array(
          fc.oneof(
            textArb,
            fc.constantFrom(...aliases).chain((a) => variantArb(a.text)),
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.join('')),
    ),
  );

describe('Matcher properties', () => {
  const params = { seed: 20261122, numRuns: 600 };
  // 600 runs against a RegExp reference take ~2 s alone, and several times that on a busy shared machine.

  it('agrees with the slow reference, never overlaps and respects word boundaries', () => {
    fc.assert(
      fc.property(caseArb, ([aliases, text]) => {
        const t = tableOf(...aliases.map((a, i) => entry(`e${i}`, [a])));
        const { matches } = matcherFor(t).scan(text);
        const spans: [number, number][] = [];
        for (let i = 0; i < matches.length; i += 3) spans.push([matches[i], matches[i + 1]]);
        expect(spans).toEqual(reference(t, text));
        const broken = spans.filter(
          ([s, e], i) =>
            e <= s ||
            (i > 0 && s < spans[i - 1][1]) ||
            (s > 0 && WORD.test(text[s - 1])) ||
            (WORD.test(text[e - 1]) && e < text.length && WORD.test(text[e])),
        );
        expect(broken, 'empty, overlapping or mid-word matches').toEqual([]);
      }),
      params,
    );
  }, 60_000);

  it('scanning in parts, cut anywhere, finds the very same matches and hints as one scan', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.nat(80), { maxLength: 4 }), ([aliases, text], random) => {
        // Each multi-word alias's last word is an alias too, and a context word: a part that starts inside a
        // match must neither match it again nor miss the context word there.
        const tails = aliases
          .map((a) => a.text.split(/[ \-'.]/).at(-1)!)
          .filter((w, i) => w !== aliases[i].text && /^[\p{L}\p{N}]/u.test(w));
        const t = tableOf(
          ...aliases.map((a, i) => entry(`e${i}`, [a])),
          ...tails.map((w, i) => entry(`tail${i}`, [{ text: w, case: 'any' }])),
          entry('hinted', [{ text: 'zz' }], { context: [aliases[0].text, ...tails] }),
        );
        const m = matcherFor(t);
        const whole = m.scan(text);
        // Cut inside every match (one past its start), and anywhere.
        const cuts = [...random];
        for (let i = 0; i < whole.matches.length; i += 3) cuts.push(whole.matches[i] + 1);
        const parts = { matches: [] as number[], hints: [] as number[] };
        const at = { next: 0, lastEnd: 0 };
        for (const cut of cuts.toSorted((a, b) => a - b)) m.scanPart(text, parts, at, cut);
        m.scanPart(text, parts, at, text.length);
        expect(parts).toEqual(whole);
        expect(at.next).toBe(text.length);
      }),
      params,
    );
  }, 60_000);

  it('never throws on any string, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { matches } = matcher.scan(text);
        expect(matches.length % 3).toBe(0);
      }),
      params,
    );
  });
});

describe('Matcher properties over any Unicode', () => {
  // Aliases in any script (right-to-left, combining marks, astral letters), and texts of any code unit around
  // them, lone surrogates included: the matcher never throws, and every match is a non-empty span inside the
  // text, on word boundaries, after the one before.
  const unicodeWord = fc.string({
    unit: fc.constantFrom('a', 'Z', 'é', 'ß', 'ا', 'ل', 'ש', 'ו', 'ж', 'Д', '日', '本', '\u0301', '𝐀', '𐐷', '9'),
    minLength: 1,
    maxLength: 5,
  });
  const unicodeAlias = fc
    .tuple(unicodeWord, fc.option(unicodeWord, { nil: undefined }), fc.constantFrom('exact', 'name', 'any'))
    .map(([a, b, rule]) => ({ text: b === undefined ? a : `${a} ${b}`, case: rule as 'exact' | 'name' | 'any' }))
    .filter((a) => /[\p{L}\p{N}]/u.test(a.text[0]));
  const unicodeCase = fc
    .uniqueArray(unicodeAlias, { minLength: 1, maxLength: 6, selector: (a) => a.text.toLowerCase() })
    .chain((aliases) =>
      fc.tuple(
        fc.constant(aliases),
        fc
          .array(
            fc.oneof(
              fc.string({ unit: 'binary', maxLength: 8 }),
              fc.constantFrom(...aliases.map((a) => ` ${a.text} `)),
            ),
            {
              maxLength: 8,
            },
          )
          .map((parts) => parts.join('')),
      ),
    );

  it('never throws, and every match is a valid span on word boundaries after the one before', () => {
    let matched = 0;
    fc.assert(
      fc.property(unicodeCase, ([aliases, text]) => {
        let t: AliasTable;
        try {
          t = tableOf(...aliases.map((a, i) => entry(`e${i}`, [a])));
        } catch {
          return; // an alias the schema refuses never reaches a page
        }
        const { matches } = matcherFor(t).scan(text);
        expect(matches.length % 3).toBe(0);
        let lastEnd = 0;
        for (let i = 0; i < matches.length; i += 3) {
          const [s, e, a] = [matches[i], matches[i + 1], matches[i + 2]];
          expect(s >= lastEnd && e > s && e <= text.length, `[${s},${e}) after ${lastEnd}`).toBe(true);
          expect(a >= 0 && a < t.aliases.length).toBe(true);
          expect(s === 0 || !WORD.test(text[s - 1])).toBe(true);
          expect(e === text.length || !WORD.test(text[e - 1]) || !WORD.test(text[e])).toBe(true);
          lastEnd = e;
          matched++;
        }
      }),
      { seed: 20261122, numRuns: 400 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});

describe('not-terms', () => {
  it('a phrase that contains an alias but names something else marks nothing', () => {
    const t = compileKnowledge(
      [
        entrySchema.parse(entry('mexico', [{ text: 'Mexico' }])),
        entrySchema.parse(entry('ireland', [{ text: 'Ireland' }])),
      ],
      ['New Mexico', 'Northern Ireland'],
    ).table;
    const m = matcherFor(t);
    expect(find('Mexico and New Mexico; Ireland and Northern Ireland; a new Mexico', m)).toEqual([
      ['Mexico', 'mexico'],
      ['Ireland', 'ireland'],
      ['Mexico', 'mexico'],
    ]);
  });
});
