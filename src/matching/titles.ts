/**
 * A surname after a title names its holder. News writes a person in full once and then "Mr. Trump", "President
 * Trump", "Sen. Warner", "Chancellor Scholz"; some pages never write the full name at all (the New York Times's
 * "President Trump"). A surname alone is a weak alias (see knowledge/weak-aliases.ts): it needs evidence, and a
 * title before it is evidence of the best kind when the title is one the person held ("President Trump" is
 * Donald Trump; "Senator Trump" would not be); a courtesy ("Mr.", "Dr.") tells only that a person is meant.
 *
 * At build time each person's titles (a bit each) come from their subtitle and roles (`roleTitles`). On a page,
 * the background, which has the page's text when it cuts the page's table (table-subset.ts), finds every
 * "Title Surname" once (`titledNames`) and tells the page which of its entries were so named (`titledEntries`):
 * the content script only reads the answer. Pure.
 */
import { AliasFlag, type AliasTable } from './alias-table';

/** Bits of a title. */
export const enum Title {
  /** Mr, Mrs, Ms, Dr, Sir, Dame: a person, but not which one. */
  Courtesy = 1,
  President = 2,
  Senator = 4,
  Representative = 8,
  PrimeMinister = 16,
  Minister = 32,
  Secretary = 64,
  Chancellor = 128,
  Governor = 256,
  Speaker = 512,
  Judge = 1024,
  Military = 2048,
  Monarch = 4096,
  Ambassador = 8192,
  Mayor = 16384,
  Leader = 32768,
}

/** Each title's words: as a page writes them before a name, and as a role's title says them. */
const TITLES: [Title, RegExp][] = [
  [Title.President, /^(?:vice[- ])?president(?:-elect)?$|^pres$/i],
  [Title.Senator, /^senator$|^sen$/i],
  [Title.Representative, /^representative$|^rep$|^congress(?:wo)?man$|^congressmember$/i],
  [Title.PrimeMinister, /^prime minister$|^premier$|^pm$/i],
  [Title.Minister, /^(?:foreign |finance |defen[cs]e |interior |deputy )?minister$/i],
  [Title.Secretary, /^(?:\w+ )?secretary$|^secretary-general$/i],
  [Title.Chancellor, /^chancellor$/i],
  [Title.Governor, /^governor$|^gov$/i],
  [Title.Speaker, /^speaker$/i],
  [Title.Judge, /^(?:chief )?justice$|^judge$/i],
  [Title.Military, /^(?:general|gen|admiral|adm|colonel|col|commander|cmdr|marshal|field marshal)$/i],
  [Title.Monarch, /^(?:king|queen|prince|princess|emperor|empress|crown prince|sheikh|emir|sultan)$/i],
  [Title.Ambassador, /^ambassador$|^amb$/i],
  [Title.Mayor, /^mayor$/i],
  [Title.Leader, /^(?:ayatollah|supreme leader|chairman|chairwoman|chair)$/i],
];
/**
 * Courtesy, religious and rank words: a person follows, but not which one (and no first name: see compile.ts's
 * givenNames, which leaves out every title word).
 */
const COURTESY =
  /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|pope|cardinal|archbishop|bishop|imam|mullah|rabbi|father|saint|st|sri|shri|sardar|ratu|mahatma|lieutenant|lt|major|maj|captain|capt|sergeant|sgt|chief|crown|field|vice|deputy|grand|supreme)$/i;

/** The title a page's word (or two words: "Prime Minister") before a name stands for; 0 for none. */
export function titleOfWord(word: string): number {
  const w = word.replace(/\.$/, '');
  if (COURTESY.test(w)) return Title.Courtesy;
  for (const [bit, re] of TITLES) if (re.test(w)) return bit;
  return 0;
}

/**
 * The titles a person held, from their subtitle and their roles' titles ("US senator from Arizona (1987-2018);
 * Republican nominee for president (2008)" holds Senator and President). Build time.
 */
export function roleTitles(texts: readonly string[]): number {
  let bits = 0;
  for (const text of texts) {
    const words = text.toLowerCase().match(/[a-z-]+/g) ?? [];
    for (let i = 0; i < words.length; i++) {
      bits |= titleOfWord(words[i]) & ~Title.Courtesy;
      if (i + 1 < words.length) bits |= titleOfWord(`${words[i]} ${words[i + 1]}`) & ~Title.Courtesy;
    }
    if (/\bhouse of representatives\b|\bmember of congress\b/i.test(text)) bits |= Title.Representative;
    if (/\b(?:head of state|monarch|crown prince)\b/i.test(text)) bits |= Title.Monarch;
  }
  return bits;
}

/**
 * A title as a page writes it before a name, then the name: "President Trump", "Sen. Mark Warner", "Defense
 * Secretary Mark Esper" (a first name or two may come between; the last capitalised word is the surname).
 */
const TITLED_NAME = new RegExp(
  '(?<![\\p{L}\\p{N}])(' +
    '(?:Vice |Deputy |Foreign |Finance |Defen[cs]e |Interior |Home |Chief |Crown |Field |Supreme |Prime |\\p{Lu}\\p{Ll}+ (?=Secretary|Minister))?' +
    '(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|President(?:-elect)?|Pres|Senator|Sen|Representative|Rep|' +
    'Congress(?:wo)?man|Premier|PM|Minister|Secretary(?:-General)?|Chancellor|Governor|Gov|Speaker|Justice|' +
    'Judge|General|Gen|Admiral|Adm|Colonel|Col|Commander|Cmdr|Marshal|King|Queen|Prince|Princess|Emperor|' +
    'Empress|Sheikh|Emir|Sultan|Ambassador|Amb|Mayor|Ayatollah|Leader|Chairman|Chairwoman|Chair)\\.?' +
    ")\\s+(?:\\p{Lu}(?:\\p{Ll}+|\\.)\\s+){0,2}(\\p{Lu}[\\p{L}’'-]*\\p{L})(?![\\p{L}\\p{N}])",
  'gu',
);

/**
 * Every capitalised word the text writes after a title, with the titles it was written after: "President Trump"
 * and "Mr. Trump" give Trump: President | Courtesy. The name may have a first name between ("Sen. Mark Warner").
 */
export function titledNames(text: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const m of text.matchAll(TITLED_NAME)) {
    const bit = titleOfWord(m[1]);
    if (bit === 0) continue;
    const name = m[2].replace(/[’']s$/, '');
    names.set(name, (names.get(name) ?? 0) | bit);
  }
  return names;
}

/**
 * The ids of the entries of `table` the page named by a title they held, through their one-word weak aliases
 * (surnames) that `names` (titledNames of the page's text) holds. A courtesy title ("Mr.") names no one: anyone
 * is a Mr. `titles` gives each entry's titles (roleTitles), by index.
 */
export function titledEntries(table: AliasTable, titles: readonly number[], names: Map<string, number>): string[] {
  const named = new Set<number>();
  if (names.size === 0) return [];
  for (const [text, flags, entries] of table.aliases) {
    if (!(flags & AliasFlag.Weak) || flags & AliasFlag.Hint || text.includes(' ')) continue;
    const written = names.get(text);
    if (written === undefined) continue;
    for (const e of entries) {
      if (table.categories[table.cat[e]] === 'person' && titles[e] & written & ~Title.Courtesy) named.add(e);
    }
  }
  return [...named].map((e) => table.ids[e]);
}
