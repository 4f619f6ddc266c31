/**
 * Small text helpers shared by the generators: ids, names in reading case, dates in words.
 * Pure: no file system, no DOM.
 */

/** A kebab-case ASCII id from any name: "Frank-Walter Steinmeier" -> "frank-walter-steinmeier". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 72)
    .replace(/-+$/g, '');
}

/** Particles that stay lower-case inside a name written in capitals ("VON DER LEYEN" -> "von der Leyen"). */
const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'binti',
  'ibn',
  'al',
  'el',
  'y',
]);

/** One word written in capitals, in reading case: "STEINMEIER" -> "Steinmeier", "MCCARTHY" stays "Mccarthy". */
function wordCase(word: string, first: boolean): string {
  return word
    .split(/([-'’])/)
    .map((part, i) => {
      if (part === '-' || part === "'" || part === '’') return part;
      const lower = part.toLowerCase();
      if (!first || i > 0) {
        if (PARTICLES.has(lower) && i === 0) return lower;
      }
      // Roman numerals of regnal names stay capitals: "CHARLES III".
      if (/^[IVX]+$/.test(part) && part.length <= 4 && !first) return part;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('');
}

/** A name as the Factbook writes it ("Frank-Walter STEINMEIER", "Ursula VON DER LEYEN") in reading case. */
export function readingCase(name: string): string {
  const words = name.trim().split(/\s+/);
  return words
    .map((w, i) =>
      w
        .split('-')
        .map((part, j) => (/\p{Ll}/u.test(part) || !/\p{Lu}/u.test(part) ? part : wordCase(part, i === 0 && j === 0)))
        .join('-'),
    )
    .join(' ')
    .replace(/\bAl-(\p{Lu})/gu, 'al-$1');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "5 July 2024" -> "2024-07-05"; "July 2024" -> "2024-07"; "2024" -> "2024"; anything else -> undefined. */
export function parseWordDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!) + 1;
    const day = Number(m[1]);
    if (month === 0 || day < 1 || day > 31) return undefined;
    return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  m = /^([A-Z][a-z]+) (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[1]!) + 1;
    return month === 0 ? undefined : `${m[2]}-${String(month).padStart(2, '0')}`;
  }
  return /^\d{4}$/.test(t) ? t : undefined;
}

/** "2024-07-05" -> "5 July 2024", "2024-07" -> "July 2024", "2024" -> "2024". */
export function wordDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "2026-01-22" -> "January 2026": the data's date as readers say it. */
export const monthYear = (date: string) => wordDate(date.slice(0, 7));

/** Strips the Factbook's inline markup (<br>, <strong>, entities) to plain text. */
export function stripMarkup(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&rsquo;|&lsquo;/g, '’')
    .replace(/&ldquo;|&rdquo;/g, '"')
    .replace(/&eacute;/g, 'é')
    .replace(/&[a-z]+;/g, '')
    .replace(/[ \t]+/g, ' ');
}
