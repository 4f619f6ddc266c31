/**
 * Finds roles written in the present tense without a date: "led by Nigel Farage" says nothing about when, so
 * a reader cannot tell it from a stale fact (knowledge/README.md: "Dated, never current"). A role passes when
 * a year or "since" stands next to it ("led by Nigel Farage since June 2024", "led since 2013 by ..."), or
 * when its sentence is about the past ("was drafted by a committee chaired by ..."). Pure.
 */

// A name; never "It", "They" or "The ...": an organisation's or an office's standing function ("It leads the
// opposition bloc", "The Vice President of India chairs it") is not a person's role.
const NAME = String.raw`(?!(?:It|They|The|This|Its|Their)\b)\p{Lu}[\p{L}'’.-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+|von\s+)?\p{Lu}[\p{L}'’.-]+)*`;
const TITLE = String.raw`(?:(?:General|President|Prime\s+Minister|King|Queen|Senior\s+General|Sheikh|Chancellor)\s+)?`;

/** Present-tense role phrases that name (or are said of) a holder. */
const ROLES: RegExp[] = [
  // "led by X", "headed by X", "chaired by X"
  new RegExp(String.raw`\b(?:led|headed|chaired|co-chaired|co-led|commanded|run|ruled)\s+by\s+${TITLE}${NAME}`, 'gu'),
  // "X is its head", "X is the party's leader"
  new RegExp(
    String.raw`${NAME}\s+(?:is|are)\s+(?:its|their|the\s+\w+'s)\s+(?:\w+\s+)?(?:head|leader|chair|chairman|chairwoman|president|secretary-general|commander)\b`,
    'gu',
  ),
  // "is deputy leader of", "is also a deputy prime minister", "is vice president"
  /\b(?:is|are)\s+(?:also\s+)?(?:a\s+|the\s+)?(?:deputy\s+|vice\s+)?(?:leader|head|chair|chairman|president|prime\s+minister|foreign\s+minister|defence\s+minister|defense\s+minister)\b(?:\s+of\b)?/gu,
  // "X leads", "X heads"
  new RegExp(String.raw`${NAME}\s+(?:leads|heads|chairs)\b(?!\s+of\b)`, 'gu'),
  // "..., heads the state as ..." after a person's other roles
  /\b(?:He|She)\s+(?:also\s+)?(?:leads|heads|chairs|commands)\b|,\s+(?:leads|heads|chairs|commands)\s+the\b/gu,
];

/** A date close to the role: a year or "since" within a few words either side, in the same clause. */
function dated(sentence: string, start: number, end: number): boolean {
  const before = sentence
    .slice(Math.max(0, start - 40), start)
    .split(/[,;:()]/)
    .at(-1)!;
  const after = sentence.slice(end, end + 45).split(/[,;:()]/)[0]!;
  return /\b(?:1[89]|20)\d{2}\b|\bsince\b/.test(`${before} ${sentence.slice(start, end)} ${after}`);
}

/** The sentences of `text` that give someone a role in the present tense without a date. */
export function undatedRolePhrases(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
    for (const role of ROLES) {
      role.lastIndex = 0;
      let hit = false;
      for (const m of sentence.matchAll(role)) {
        const pastBefore = /\b(?:was|were|had|been|became|until|once)\b/.test(sentence.slice(0, m.index));
        if (!pastBefore && !dated(sentence, m.index, m.index + m[0].length)) hit = true;
      }
      if (hit) {
        out.push(sentence);
        break;
      }
    }
  }
  return out;
}
