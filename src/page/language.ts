/**
 * Whether Gloss's knowledge can read the page's language. Its aliases are English, and names are written the
 * same way in most languages written in the Latin script ("NATO", "Kishida", "Bundestag" on a German page);
 * a page in another script (Japanese, Chinese, Russian, Arabic, ...) names things in its own letters: only the
 * names it writes in Latin letters ("NATO") are found there, and the popup says why there is little or nothing.
 * Read from <html lang>, or when it says nothing, from the script of the title and the first paragraphs.
 * Touches the DOM; never `browser`.
 */

/** Languages usually written in another script than the Latin one, with their English names. */
const OTHER_SCRIPT: Record<string, string> = {
  ja: 'Japanese',
  zh: 'Chinese',
  ko: 'Korean',
  ru: 'Russian',
  uk: 'Ukrainian',
  be: 'Belarusian',
  bg: 'Bulgarian',
  sr: 'Serbian',
  mk: 'Macedonian',
  kk: 'Kazakh',
  mn: 'Mongolian',
  el: 'Greek',
  ar: 'Arabic',
  fa: 'Persian',
  ur: 'Urdu',
  ps: 'Pashto',
  he: 'Hebrew',
  yi: 'Yiddish',
  hi: 'Hindi',
  bn: 'Bengali',
  mr: 'Marathi',
  ne: 'Nepali',
  ta: 'Tamil',
  te: 'Telugu',
  kn: 'Kannada',
  ml: 'Malayalam',
  gu: 'Gujarati',
  pa: 'Punjabi',
  si: 'Sinhala',
  th: 'Thai',
  lo: 'Lao',
  km: 'Khmer',
  my: 'Burmese',
  ka: 'Georgian',
  hy: 'Armenian',
  am: 'Amharic',
};

/** Scripts told from the letters of a page without a lang attribute, with a name for each. */
const SCRIPTS: [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'Japanese'],
  [/\p{Script=Han}/gu, 'Chinese'],
  [/\p{Script=Hangul}/gu, 'Korean'],
  [/\p{Script=Cyrillic}/gu, 'Russian'],
  [/\p{Script=Arabic}/gu, 'Arabic'],
  [/\p{Script=Hebrew}/gu, 'Hebrew'],
  [/\p{Script=Greek}/gu, 'Greek'],
  [/\p{Script=Devanagari}/gu, 'Hindi'],
  [/\p{Script=Thai}/gu, 'Thai'],
];
/** Characters of text sampled when the page does not say its language. */
const SAMPLE_CHARS = 3000;

/**
 * The name of the page's language when Gloss's knowledge cannot read it ("Japanese"), or null when it can (or
 * the page does not say and its text is in the Latin script).
 */
export function unreadableLanguage(doc: Document): string | null {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  if (lang !== '') return OTHER_SCRIPT[lang.split(/[-_]/)[0]] ?? null;
  let sample = doc.title;
  for (const p of doc.getElementsByTagName('p')) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += p.textContent ?? '';
  }
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  // Japanese mixes kana and kanji: kana decide it, before kanji alone would say Chinese.
  for (const [letters, name] of SCRIPTS) {
    const count = sample.match(letters)?.length ?? 0;
    if (count > latin && count > 20) return name;
  }
  return null;
}
