/**
 * A name that runs on into a longer one is that longer name, not this one: "Bangladesh Bank" is the central
 * bank, "Kyiv School of Economics" a university, "Ottawa Citizen" a newspaper, "African Renaissance" an idea,
 * not the country, the city or Macron's party. So a capitalised word right after a marked name (or, for a
 * name that is a common word, right before it, mid-sentence) means the match is not this entry. The longest
 * alias already wins, so a longer name the knowledge base has ("Sri Lanka Freedom Party") is marked as itself.
 * Not in Title Case text (a headline capitalises every word), and not when the next word is itself a name
 * Gloss knows ("the NATO Ukraine Council" stays two names), a day or a month ("in Kyiv Monday"), or the first
 * name of a person the knowledge holds, `given` ("Ambassador to the European Union Gordon Sondland": a name, then
 * a person's).
 * Pure.
 */
import { AliasFlag } from './alias-table';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** A day or month after a name is a date, not a longer name (AP style: "met in Kyiv Monday"). */
export const CALENDAR = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
/** A text is in Title Case when at least this share of its longer words are capitalised... */
const TITLE_CASE_SHARE = 0.6;
/** ...and it has at least this many of them. */
const TITLE_CASE_MIN_WORDS = 3;
const SPACE = /[ \t\n\r\u00a0]/;

/**
 * Does the match [start, end) of an alias with `flags` run on into a longer name in `text`?
 * @param nextMatch where the next match in `text` starts (-1: none).
 */
export function continuesName(
  text: string,
  start: number,
  end: number,
  flags: number,
  nextMatch = -1,
  given?: ReadonlySet<string>,
): boolean {
  if (!/\p{Lu}/u.test(text[start] ?? '')) return false;
  const after = wordAfter(text, end);
  if (
    after !== null &&
    after.start !== nextMatch &&
    CAPITALISED.test(after.word) &&
    !CALENDAR.has(after.word) &&
    !given?.has(after.word)
  ) {
    return !titleCase(text.slice(0, start) + text.slice(after.start + after.word.length));
  }
  if (flags & AliasFlag.CommonWord) {
    const before = wordBefore(text, start);
    if (before !== null && CAPITALISED.test(before.word) && midSentence(text, before.start))
      return !titleCase(text.slice(0, before.start) + text.slice(end));
  }
  return false;
}

/** The word after the white space at `end` (none when something else comes first). */
function wordAfter(text: string, end: number): { word: string; start: number } | null {
  let i = end;
  if (i >= text.length || !SPACE.test(text[i])) return null;
  while (i < text.length && SPACE.test(text[i])) i++;
  let j = i;
  while (j < text.length && /[\p{L}\p{N}'’.-]/u.test(text[j])) j++;
  return j > i ? { word: text.slice(i, j), start: i } : null;
}

function wordBefore(text: string, start: number): { word: string; start: number } | null {
  let i = start;
  if (i === 0 || !SPACE.test(text[i - 1])) return null;
  while (i > 0 && SPACE.test(text[i - 1])) i--;
  let j = i;
  while (j > 0 && /[\p{L}\p{N}'’.-]/u.test(text[j - 1])) j--;
  return j < i ? { word: text.slice(j, i), start: j } : null;
}

/** Is the word at `at` inside a sentence (after a lower-case word or a comma), not its first word? */
function midSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1])) i--;
  return i > 0 && /[\p{Ll},;]/u.test(text[i - 1]);
}

/** Is the text (without the name and the word that runs on from it) in Title Case? */
function titleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < TITLE_CASE_MIN_WORDS) return false;
  let capitalised = 0;
  for (const w of words) if (/^\p{Lu}/u.test(w)) capitalised++;
  return capitalised >= TITLE_CASE_SHARE * words.length;
}
