/**
 * Which aliases are weak: names that, met alone on a page, are as likely to mean something else. One rule,
 * computed at build time from the knowledge itself and an English word list:
 * - a person's one-word alias that is part of a longer alias of theirs: a surname alone ("Pistorius" is Boris
 *   Pistorius, Germany's defence minister, or Oscar Pistorius, the athlete); except a household name's
 *   (familiarity `common`) that no other entry claims and that is neither a word nor a first name: "Hitler",
 *   "Merkel", "Putin" alone are what every writer means by them;
 * - a one-word name that is a common English word, for anything but a person or a place: parties, bodies and
 *   movements that took a word for a name ("Renaissance", "Reform", "Forward", "Labour", "Congress"). Places
 *   keep their names ("Jordan", "Turkey" are words too, but a capitalised one on a news page is the country);
 * - an acronym of four letters or fewer that several entries claim ("SDF", "PLA").
 * Pure.
 */
import { AliasFlag } from '../matching/alias-table';
import type { Entry } from './schema';

/** An acronym this short is claimed by many bodies the knowledge base does not hold. */
const SHORT_ACRONYM = 4;
const NOT_COMMON_WORD_CATEGORIES = new Set(['person', 'place']);

/** The weak flags (AliasFlag.Weak, AliasFlag.CommonWord) of one entry's alias. */
export function weakFlags(
  entry: Entry,
  text: string,
  claimedBy: number,
  commonWords: ReadonlySet<string>,
  givenNames: ReadonlySet<string> = new Set(),
): number {
  const word = text.trim();
  if (/\s/.test(word)) return 0;
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters === letters.toUpperCase()) {
    return claimedBy > 1 && letters.length <= SHORT_ACRONYM ? AliasFlag.Weak : 0;
  }
  if (entry.category === 'person') {
    const partOfLonger = entry.aliases.some((a) => a.text !== text && a.text.split(/[\s-]+/).includes(word));
    const householdName =
      entry.familiarity === 'common' &&
      claimedBy === 1 &&
      !commonWords.has(word.toLowerCase()) &&
      !givenNames.has(word);
    return partOfLonger && !householdName ? AliasFlag.Weak : 0;
  }
  if (!NOT_COMMON_WORD_CATEGORIES.has(entry.category) && /^\p{Lu}\p{Ll}+$/u.test(word)) {
    return commonWords.has(word.toLowerCase()) ? AliasFlag.Weak | AliasFlag.CommonWord : 0;
  }
  return 0;
}
