/**
 * Entries from the CIA World Factbook (public domain; knowledge/data/factbook/government.json, a subset of
 * github.com/factbook/factbook.json): for each country its heads of state and government, its ambassador to
 * the US and the US ambassador to it, its legislative chambers, highest courts, political parties, capital and
 * first-level administrative divisions. Pure: the caller reads the file.
 *
 * Everything a summary says is in the record; where the record says "since", so does the entry, and the
 * entry's `checked` date is the Factbook's date. A record this module cannot read with certainty (several
 * names in one line, an office it does not know, a division list with a sovereignty note) gives no entry.
 */
import type { EntryDraft } from '../schema';
import type { GeneratedEntry } from './merge';
import { monthYear, parseWordDate, readingCase, slug, stripMarkup, wordDate } from './text';

type Field = { text?: string } | undefined;
export interface FactbookCountry {
  region: string;
  Government: Record<string, Record<string, Field> | { text?: string } | undefined>;
  Currency?: { text?: string };
  'Major urban areas'?: { text?: string };
  'Military and security forces'?: { text?: string };
  'Space agencies'?: { text?: string };
}

export interface FactbookInfo {
  /** The Factbook snapshot's date: the entries' `checked` date. */
  date: string;
  /** The dataset's commit, for links to the record. */
  commit: string;
}

const fieldText = (f: unknown): string =>
  typeof (f as Field)?.text === 'string' ? stripMarkup(decodeEntities((f as { text: string }).text)) : '';
const sub = (obj: unknown, key: string): string => fieldText((obj as Record<string, Field> | undefined)?.[key]);

const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  cedil: '\u0327',
  ring: '\u030a',
};
export function decodeEntities(s: string): string {
  return s
    .replace(/&([a-zA-Z])(acute|grave|circ|tilde|uml|cedil|ring);/g, (_, c: string, a: string) =>
      `${c}${ACCENTS[a]}`.normalize('NFC'),
    )
    .replace(/&oslash;/g, 'ø')
    .replace(/&szlig;/g, 'ß');
}

/** "Korea, South" -> "South Korea"; "none" -> the long form. */
export function countryName(country: FactbookCountry): string | undefined {
  const names = country.Government['Country name'] as Record<string, Field> | undefined;
  const form = (key: string) =>
    sub(names, key)
      .replace(/\s*\([^)]*\)/g, '')
      .trim();
  let name = form('conventional short form');
  if (!name || name.toLowerCase() === 'none') name = form('conventional long form');
  if (!name || name.toLowerCase() === 'none') return undefined;
  const parts = name.split(', ');
  if (parts.length === 2) name = `${parts[1]} ${parts[0]}`;
  else if (parts.length > 2) return undefined;
  // "Congo (Brazzaville)" and "Congo (Kinshasa)" are two countries: their long forms tell them apart.
  if (name === 'Congo') name = form('conventional long form');
  return name.length <= 40 ? name : undefined;
}

const THE =
  /^(United |Republic |Democratic |Federated |Central African|Dominican|Czech|Holy See|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Marshall|Solomon|Cook Islands|Faroe|Cayman|British Virgin|Falkland|Northern Mariana|Gaza Strip|West Bank)/;
/** "the United Kingdom", "Germany": a country name after "of". */
export function ofCountry(name: string): string {
  if (name.startsWith('The ')) return `the ${name.slice(4)}`;
  return THE.test(name) ? `the ${name}` : name;
}

const TERRITORY =
  /territor|overseas|collectivit|part of the Kingdom|special administrative|political union|contested|sovereignty unresolved/i;

/** Offices the Factbook writes before a name; longest first, so "Prime Minister" wins over "Minister". */
const OFFICES = [
  'President of the Swiss Confederation',
  'Chairman of the Presidential Leadership Council',
  'Chairman of the Presidential Council',
  'Chairman of the Sovereignty Council',
  'Transitional President',
  'Interim President',
  'Acting President',
  'Sultan and Prime Minister',
  'Supreme Leader',
  'Prime Minister',
  'Vice President',
  'Federal Chancellor',
  'Chancellor',
  'President',
  'Premier',
  'Emperor',
  'King',
  'Queen',
  'Grand Duke',
  'Crown Prince',
  'Prince',
  'Emir',
  'Amir',
  'Sultan',
  'Chief Executive',
  'Ambassador',
].toSorted((a, b) => b.length - a.length);

/** Honorifics and ranks the Factbook puts before some names; not part of the name readers search. */
const HONORIFIC =
  /^(?:(?:Sir|Dame|Dr\.|Gen\.|Lt\.|Col\.|Maj\.|Brig\.|Adm\.|Sheikh|Shaykh|Mohamed bin|Air|Vice-Marshal|Marshal|Capt\.|Cardinal)\s+)+/;

export interface Holder {
  office: string;
  name: string;
  since: string;
  /** First given name and surname, when the record gives more names than that ("Philippe Etienne"). */
  short?: string;
  /** The surname, which the record writes in capitals ("MNANGAGWA" -> "Mnangagwa"). */
  surname?: string;
}

/** "Prime Minister Keir STARMER (since 5 July 2024)" -> {office, name: "Keir Starmer", since: "2024-07-05"}. */
export function parseHolders(line: string): Holder[] {
  const out: Holder[] = [];
  for (const segment of line.split(/;|\n/)) {
    const m = /^\s*(.+?)\s*\(since ([^)]+)\)\s*$/.exec(segment);
    if (!m) continue;
    const since = parseWordDate(m[2]!);
    if (!since) continue;
    const office = OFFICES.find((o) => m[1]!.startsWith(`${o} `));
    if (!office) continue;
    const rawName = m[1]!
      .slice(office.length + 1)
      .replace(HONORIFIC, '')
      .trim();
    // A name needs a surname in capitals, and only name characters: "(vacant)" or notes give no entry.
    if (
      !/^\p{Lu}/u.test(rawName) ||
      !/\b\p{Lu}{2,}/u.test(rawName) ||
      !/^[\p{L}'’. -]+$/u.test(rawName) ||
      rawName.split(' ').length > 6
    )
      continue;
    const name = readingCase(rawName);
    if (/^\p{Lu}\.?$/u.test(name.split(' ').at(-1)!)) continue;
    const words = rawName.split(' ');
    const firstCaps = words.findIndex((w) => /^\p{Lu}{2,}/u.test(w) && w === w.toUpperCase());
    const given = words.slice(0, firstCaps).filter((w) => !/^\p{Lu}\.$/u.test(w));
    const short =
      firstCaps >= 2 && words.slice(firstCaps).every((w) => w === w.toUpperCase()) && given.length >= 1
        ? readingCase(`${given[0]} ${words.slice(firstCaps).join(' ')}`)
        : undefined;
    const surname = words.slice(firstCaps).every((w) => w === w.toUpperCase())
      ? readingCase(words.slice(firstCaps).join(' '))
      : undefined;
    out.push({
      office,
      name,
      since,
      ...(short && short !== name ? { short } : {}),
      ...(surname !== undefined && surname !== name ? { surname } : {}),
    });
  }
  return out;
}

/** "The Settlement", "Central": a place name made of everyday words needs the page's context. */
const plainWords = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s-]+/)
    .every((w) => COMMON_WORDS.has(w) || GENERIC.has(w));

/**
 * A monarch's regnal name ("Albert II") is several people's: it is written with the country ("Albert II of
 * Monaco"), never bare.
 */
function personAliases(h: Holder, country: string): { text: string }[] {
  const regnal = /^\p{Lu}[\p{L}-]+ [IVX]+$/u.test(h.name);
  return [
    { text: regnal ? `${h.name} of ${country.replace(/^The /, '')}` : h.name },
    ...(h.short ? [{ text: h.short }] : []),
  ];
}

/** Splits "A or B (note); C" style names into the forms a page may use. */
function nameForms(raw: string): string[] {
  const noParens = raw
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return noParens
    .split(/\s+or\s+/)
    .map((s) => s.trim().replace(/[.,;:]+$/, ''))
    .filter((s) => s.length >= 2 && /^[\p{L}\p{N}]/u.test(s) && /[\p{L}\p{N}.]$/u.test(s) && s.length <= 80);
}

/** Words that make a name generic: a name of only these ("North West", "Central") needs the page's context. */
const GENERIC = new Set(
  'north south east west northern southern eastern western central upper lower capital city district region province new great greater coast coastal island islands lake lakes river rivers valley highlands mountain mountains national federal territory middle centre center interior plateau sea border east-central north-central south-central'.split(
    ' ',
  ),
);
export function isGeneric(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  return words.length === 1 || words.every((w) => GENERIC.has(w));
}

/**
 * A capital's name needs the page's context when it is made of everyday or generic words ("Central"; "Victoria" is
 * left to merge.ts: a first name). A one-word name of its own ("Hanoi", "Nairobi") does not: on a news page it is
 * the city (merge.ts still asks for context where it is also a word, a first name or a person's name). Other
 * cities keep needing it: many share a name with a city elsewhere ("Perth", "Birmingham", "Córdoba").
 */
const cityNeedsContext = (name: string) =>
  plainWords(name) ||
  name
    .toLowerCase()
    .split(/[\s-]+/)
    .every((w) => GENERIC.has(w));

/**
 * Words of party, force and institution names that are also everyday English or name many such bodies
 * ("Progress", "Liberal", "Interior Ministry", "The Democrats"): on their own they name no one thing.
 */
const COMMON_WORDS = new Set(
  (
    'the a an of for and in on to we our my your all one first new free united people peoples popular ' +
    'party parties alliance movement union front bloc list group rally convention federation association coalition ' +
    'national democratic democrat democrats democracy liberal liberals conservative conservatives socialist socialists ' +
    'labour labor green greens red blue yellow white black republican republicans progressive progress reform renewal ' +
    'unity freedom justice law order citizens citizen civic social christian development solidarity independent ' +
    'independents patriotic patriots nationalist centre center right left believe victory revival enough heritage ' +
    'league congress council assembly bridge change future hope power voice vision action together forward country ' +
    'nation homeland republic state workers farmers agrarian ecological radical moderate moderates alternative option ' +
    'choice platform initiative organisation organization committee truth good great strong dignity respect common ' +
    'sense research innovation science settlement commons way path march home public general most now live news ' +
    'police security forces force army navy guard service services ministry interior defence defense intelligence ' +
    'special operations border coast air ground naval military gendarmerie reserves reserve internal affairs ' +
    'directorate agency office department supreme court high constitutional administrative appeal appeals cassation ' +
    'house senate chamber representatives deputies parliament legislative consultative justice tribunal federal ' +
    'central national-guard marine marines corps command staff presidential protection emergency rescue fire ' +
    'space aerospace aeronautics administration authority commission institute centre'
  ).split(' '),
);

/**
 * The aliases of a party, force, court or chamber: only names with a word of their own ("Likud", "Ghana Army").
 * A name that also names its country ("Canadian Forces", "German Bundestag") matches anywhere; any other needs
 * the page to name the country, so that "Muslim Brotherhood" on a page about Egypt is never Sudan's party.
 * Acronyms of fewer than four letters, and those that are words ("MOST", "NOW"), are left out.
 */
export function orgAliases(
  forms: readonly string[],
  fullName: string,
): { text: string; case?: 'exact'; needsContext?: true }[] {
  const country = fullName.replace(/^The /, '');
  const stem = country.toLowerCase().slice(0, country.length <= 6 ? 4 : 5);
  const out: { text: string; case?: 'exact'; needsContext?: true }[] = [];
  for (const f of forms) {
    const letters = f.replace(/[^\p{L}]/gu, '');
    if (letters === letters.toUpperCase()) {
      if (letters.length >= 4 && !COMMON_WORDS.has(letters.toLowerCase()))
        out.push({ text: f, case: 'exact', needsContext: true });
      continue;
    }
    const words = f
      .toLowerCase()
      .split(/[\s-]+/)
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
      .filter(Boolean);
    if (!words.some((w) => !COMMON_WORDS.has(w) && !GENERIC.has(w))) {
      // A name of only common words ("Supreme Court", "Socialist Party") names the body only with its country,
      // as news writes it: "Kenya's Supreme Court", "Supreme Court of Kenya".
      const bare = f.replace(/^The /, '');
      for (const text of [
        `${country}'s ${bare}`,
        /^(Supreme|High|Constitutional|Federal|National|Ministry|Court|Parliament|Senate|House|Chamber|Assembly|Council)\b/.test(
          bare,
        )
          ? `${bare} of ${country}`
          : '',
      ])
        if (text && text.length <= 80 && !out.some((a) => a.text === text)) out.push({ text });
      continue;
    }
    out.push(words.length > 1 && f.toLowerCase().includes(stem) ? { text: f } : { text: f, needsContext: true });
  }
  return out;
}

interface Parts {
  code: string;
  name: string;
  info: FactbookInfo;
}

function source({ code, name, info }: Parts, country: FactbookCountry) {
  return [
    { title: `The World Factbook: ${name}`, url: `https://www.cia.gov/the-world-factbook/countries/${slug(name)}/` },
    {
      title: `factbook.json (public domain): ${code}.json`,
      url: `https://github.com/factbook/factbook.json/blob/${info.commit}/${country.region}/${code}.json`,
    },
  ];
}

const asOf = (info: FactbookInfo) => `according to the CIA World Factbook (${monthYear(info.date)})`;

/** All entries one country's record gives. Person entries are merged across countries later (see merge.ts). */
export function countryEntries(code: string, country: FactbookCountry, info: FactbookInfo): GeneratedEntry[] {
  const name = countryName(country);
  if (!name) return [];
  const parts = { code, name, info };
  const gov = country.Government;
  const territory = TERRITORY.test(fieldText(gov['Government type']));
  const ofName = ofCountry(name);
  const context = [name];
  const out: GeneratedEntry[] = [];
  const base = (id: string, rest: Omit<EntryDraft, 'id' | 'sources' | 'checked'>): GeneratedEntry => ({
    entry: { id, sources: source(parts, country), checked: info.date, ...rest },
  });
  /** A holder of an office the record names, since the date it gives. */
  const holder = (h: Holder, office: string, words: string[]): GeneratedEntry => ({
    ...base(slug(h.name), {
      title: h.name,
      subtitle: `${office} since ${wordDate(h.since)}`,
      category: 'person',
      familiarity: 'specialist',
      aliases: personAliases(h, name),
      summary: `${office} since ${wordDate(h.since)}, ${asOf(info)}.`,
      context: words,
      roles: [{ title: office, from: h.since }],
    }),
    person: true,
    ...(h.surname !== undefined ? { surname: h.surname } : {}),
  });

  // Heads of state and government.
  const exec = gov['Executive branch'];
  const seen = new Set<string>();
  for (const [field, skip] of [
    ['chief of state', territory],
    ['head of government', false],
  ] as const) {
    if (skip) continue;
    for (const h of parseHolders(sub(exec, field))) {
      if (seen.has(h.name)) continue;
      seen.add(h.name);
      out.push(holder(h, h.office.includes(' of ') ? h.office : `${h.office} of ${ofName}`, context));
    }
  }
  // Ambassadors, both ways.
  for (const [field, office] of [
    ['Diplomatic representation in the US', `Ambassador of ${ofName} to the United States`],
    ['Diplomatic representation from the US', `United States Ambassador to ${ofName}`],
  ] as const) {
    for (const h of parseHolders(sub(gov[field], 'chief of mission')).filter((x) => x.office === 'Ambassador')) {
      out.push(holder(h, office, [...context, 'ambassador']));
    }
  }
  // Legislature and its chambers.
  const chambers: [string, string][] = [];
  for (const [field, what] of [
    ['Legislative branch - lower chamber', `The lower chamber of the legislature of ${ofName}.`],
    ['Legislative branch - upper chamber', `The upper chamber of the legislature of ${ofName}.`],
  ] as const) {
    const raw = sub(gov[field], 'chamber name');
    if (raw) chambers.push([raw, what]);
  }
  const legislature = sub(gov['Legislative branch'], 'legislature name');
  if (legislature) chambers.push([legislature, `The legislature of ${ofName}.`]);
  for (const [raw, what] of chambers) {
    const forms = nameForms(raw.replace(/\(([^)]+)\)/, ' or $1').replace(/\//g, ' or '));
    if (forms.length === 0) continue;
    const title = forms[0]!;
    out.push(
      base(slug(`${title}-${name}`), {
        title: isGeneric(title) || !title.includes(' ') ? `${title} (${name})` : title,
        category: 'institution',
        familiarity: 'specialist',
        aliases: orgAliases(forms, name),
        summary: what,
        context,
      }),
    );
  }
  // Highest courts: "Supreme Court (consists of ...); Constitutional Court (...)".
  const courts = sub(gov['Judicial branch'], 'highest court(s)');
  for (const piece of courts.split(/;\s*(?![^(]*\))/)) {
    const forms = nameForms(piece.replace(/\s*\(.*$/s, ''));
    const title = forms[0];
    if (!title || !/Court|Tribunal|Council/.test(title) || title.length > 70) continue;
    out.push(
      base(slug(`${title}-${name}`), {
        title: `${title} (${name})`,
        category: 'institution',
        familiarity: 'specialist',
        aliases: orgAliases(forms, name),
        summary: `One of the highest courts of ${ofName}, ${asOf(info)}.`,
        context,
      }),
    );
  }
  // Political parties, one a line.
  for (const line of fieldText(gov['Political parties']).split('\n')) {
    const forms = nameForms(line).filter((f) => !/^(other|others|independents?|none)$/i.test(f));
    const title = forms[0];
    if (!title || title.length < 3 || /\bnote\b|:/.test(line) || !/\p{Lu}/u.test(title.charAt(0))) continue;
    const aliases = orgAliases(forms, name);
    if (aliases.length === 0) continue;
    out.push(
      base(slug(`${title}-${name}`), {
        title: `${title} (${name})`,
        category: 'organisation',
        familiarity: 'specialist',
        aliases,
        summary: `A political party in ${ofName}, as listed by the CIA World Factbook (${monthYear(info.date)}).`,
        context,
      }),
    );
  }
  // Capital city.
  // A disputed capital (Jerusalem, whose status most states do not recognise; a territory whose sovereignty
  // is unresolved) is left to curated entries, which explain every side.
  const capitalText = sub(gov.Capital, 'name');
  const capital = nameForms(capitalText.split(/;|\n/)[0] ?? '')[0];
  const disputed = code === 'is' || /contested|unresolved/i.test(fieldText(gov['Government type']));
  if (capital && !disputed && !/none|no official/i.test(capital) && !/note|;/i.test(capitalText)) {
    out.push(
      base(slug(`${capital}-${name}`), {
        title: capital,
        subtitle: `Capital of ${ofName}`,
        category: 'place',
        // Capitals are familiar names (Rome, Nairobi): explained, not marked by default.
        familiarity: 'common',
        aliases: [
          {
            text: capital,
            // A territory's capital ("Plymouth", Montserrat) is often another place's name too.
            ...(territory || cityNeedsContext(capital) ? { needsContext: true, case: 'exact' as const } : {}),
          },
        ],
        summary: `The capital of ${ofName}, ${asOf(info)}.`,
        context,
      }),
    );
  }
  // First-level administrative divisions: "47 counties; Baringo, Bomet, ...". Skipped when the record
  // carries a note (sovereignty claims, disputed areas) or when its layout is not the plain list.
  const urban = fieldText(country['Major urban areas']);
  const divisions = gov['Administrative divisions'] as Record<string, Field> | undefined;
  const divText = fieldText(divisions);
  const note = sub(divisions, 'note');
  const m = /^(\d+) ([^;:]+?)[;:] ([^;\n]+)$/.exec(divText.trim());
  if (m && !/claim|disput|annex|occup|administer|sovereign|no first-order/i.test(note + divText)) {
    const header = m[2]!
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/\*/g, '')
      .trim();
    const kind = /,| and | or |\d/.test(header) ? 'first-level administrative division' : singular(header);
    for (const item of m[3]!.split(/, (?![^(]*\))/)) {
      const cleaned = item.replace(/\*+/g, '').trim();
      const paren = /^(.+?) \(([^)]+)\)$/.exec(cleaned);
      const local = (paren ? paren[1]! : cleaned).split('/');
      const english = paren && !/\d|city|note/i.test(paren[2]!) ? paren[2]!.split('/') : [];
      const forms = [...english, ...local]
        .map((s) => s.trim())
        .filter(
          (s, i, a) => s.length >= 3 && a.indexOf(s) === i && /^[\p{Lu}\d][\p{L}\p{N}'’. -]*[\p{L}\p{N}.]$/u.test(s),
        );
      const title = forms[0];
      // A division named like a city of the same country ("New York", "Mexico") would give the city the
      // division's card: left out.
      if (
        !title ||
        forms.some((f) => f === capital || new RegExp(`\\b${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(urban))
      )
        continue;
      out.push(
        base(slug(`${title}-${kind}-${name}`), {
          title,
          subtitle: `${kind.charAt(0).toUpperCase()}${kind.slice(1)} of ${ofName}`,
          category: 'place',
          familiarity: code === 'us' ? 'common' : 'specialist',
          // A division named like a city of the same country ("New York", "Washington") needs the page's context.
          aliases: forms.map((f) => ({
            text: f,
            ...(isGeneric(f) || urban.includes(f) ? { needsContext: true } : {}),
          })),
          summary:
            kind === 'first-level administrative division'
              ? `A first-level administrative division of ${ofName}.`
              : `${/^[aeiou]/i.test(kind) ? 'An' : 'A'} ${kind} of ${ofName}, one of its first-level administrative divisions.`,
          context,
        }),
      );
    }
  }
  out.push(
    ...cityEntries(parts, country, capital, base),
    ...forceEntries(parts, country, base),
    ...spaceAgencyEntries(parts, country, base),
  );
  return out;
}

/** "the Ministry of Interior"; a name that already has its article keeps it. */
const the = (s: string) => (/^the\b/i.test(s) ? s : `the ${s}`);

type Base = (id: string, rest: Omit<EntryDraft, 'id' | 'sources' | 'checked'>) => GeneratedEntry;

/** "3.017 million KYIV (capital), 1.421 million Kharkiv, 1.008 million Odesa" -> the cities other than the capital. */
function cityEntries(
  { name, info }: Parts,
  country: FactbookCountry,
  capital: string | undefined,
  base: Base,
): GeneratedEntry[] {
  const ofName = ofCountry(name);
  const out: GeneratedEntry[] = [];
  const list = fieldText(country['Major urban areas']).replace(/\s*\(\d{4}\)\s*$/, '');
  for (const m of list.matchAll(/[\d.,]+ (?:million|thousand)?\s*([^,;(\d]+?)(?: \(([^)]*)\))?(?:,|;|$)/g)) {
    const raw = m[1]!.trim();
    if (!raw || /capital/i.test(m[2] ?? '') || raw === raw.toUpperCase()) continue;
    const alt = m[2] && !/\d|capital|note|includes/i.test(m[2]) ? m[2].split(/\/|, /) : [];
    const forms = [...alt, raw]
      .map((f) => f.trim())
      .filter((f, i, a) => f.length >= 3 && a.indexOf(f) === i && /^\p{Lu}[\p{L}'’. -]*\p{L}$/u.test(f));
    const title = forms[0];
    if (!title || title === capital || title === name) continue;
    out.push(
      base(slug(`${title}-city-${name}`), {
        title,
        subtitle: `City in ${name}`,
        category: 'place',
        familiarity: 'common',
        aliases: forms.map((f) => ({ text: f, ...(isGeneric(f) ? { needsContext: true } : {}) })),
        summary: `One of the largest urban areas of ${ofName}, ${asOf(info)}.`,
        context: [name],
      }),
    );
  }
  return out;
}

const splitTop = (s: string) =>
  s
    .split(/,\s*(?![^(]*\))/)
    .map((x) => x.trim())
    .filter(Boolean);
function formsOf(item: string): string[] {
  const paren = /^([^(]+?)\s*\((.*)\)$/.exec(item);
  const main = (paren ? paren[1]! : item).trim();
  const alts = paren
    ? paren[2]!
        .split(/;|,| or /)
        .map((x) => x.trim())
        .filter((x) => /^\p{Lu}/u.test(x))
    : [];
  return [main, ...alts]
    .map((f) => f.replace(/\s+/g, ' ').trim())
    .filter(
      (f, i, a) =>
        f.length >= 3 && f.length <= 80 && a.indexOf(f) === i && /^\p{Lu}[\p{L}\p{N}'’. -]*[\p{L}\p{N}]$/u.test(f),
    );
}

/**
 * "Armed Forces of Ukraine (AFU; ...): Ground Forces, Naval Forces<br><br>Ministry of Internal Affairs: National
 * Guard of Ukraine, ..." -> one entry per force, saying which service or ministry it belongs to.
 */
function forceEntries({ name, info }: Parts, country: FactbookCountry, base: Base): GeneratedEntry[] {
  const ofName = ofCountry(name);
  const out: GeneratedEntry[] = [];
  const raw = fieldText(country['Military and security forces']).replace(/\s*\(\d{4}\)\s*$/, '');
  for (const line of raw.split(/\n+/)) {
    const colon = /^([^:]+?):\s*(.+)$/.exec(line.trim());
    const groups: [string | undefined, string][] = colon ? [[colon[1], colon[2]!]] : [[undefined, line]];
    for (const [head, rest] of groups) {
      const headForms = head ? formsOf(head.trim()) : [];
      const headName = headForms[0];
      const items =
        head && headName
          ? [[head.trim(), undefined] as const, ...splitTop(rest).map((i) => [i, headName] as const)]
          : splitTop(rest).map((i) => [i, undefined] as const);
      for (const [item, under] of items) {
        const forms = formsOf(item);
        const title = forms[0];
        if (!title || /\b(note|includes|reserve|reserves)\b/i.test(title)) continue;
        const body = /\b(?:Ministry|Department|Council|Office|Commission|Committee|Secretariat|Presidency)\b/.test(
          title,
        );
        const withCountry = title.includes(name) || (name.length > 4 && title.includes(name.slice(0, -1)));
        const isHead = head !== undefined && under === undefined;
        const listed = isHead
          ? splitTop(rest)
              .map((i) => formsOf(i)[0])
              .filter((x): x is string => !!x)
          : [];
        const listedText = listed.length > 3 ? `${listed.slice(0, 3).join(', ')} and others` : listed.join(', ');
        out.push(
          base(slug(`${title}-${name}`), {
            title: withCountry ? title : `${title} (${name})`,
            category: body ? 'institution' : 'military',
            familiarity: 'specialist',
            aliases: orgAliases(forms, name),
            summary: under
              ? `Part of the military and security forces of ${ofName}, under ${the(under)}, ${asOf(info)}.`
              : body
                ? `A government body of ${ofName} over part of its military and security forces${listedText ? ` (${listedText})` : ''}, ${asOf(info)}.`
                : `One of the military and security forces of ${ofName}${listedText ? `, comprising ${listedText}` : ''}, ${asOf(info)}.`,
            context: [name],
          }),
        );
      }
    }
  }
  return out;
}

/** "Chancellor of Germany since 6 May 2025", or "... from 22 November 2005 to 8 December 2021". */
export function rolePhrase(r: { title: string; from: string; to?: string }): string {
  return r.to ? `${r.title} from ${wordDate(r.from)} to ${wordDate(r.to)}` : `${r.title} since ${wordDate(r.from)}`;
}

export interface HolderListing {
  text: string;
  /** The first and last snapshot (YYYY-MM-DD) that listed this text. */
  first: string;
  last: string;
}
export type HoldersHistory = Record<string, Record<string, HolderListing[]>>;

const HISTORY_FIELDS: Record<string, (ofName: string) => string | undefined> = {
  'chief of state': () => undefined,
  'head of government': () => undefined,
  'ambassador to the US': (ofName) => `Ambassador of ${ofName} to the United States`,
  'US ambassador': (ofName) => `United States Ambassador to ${ofName}`,
};

/**
 * Former office holders, from the Factbook's monthly listings since 2020: a holder no longer listed in the
 * latest snapshot held the office from their "since" date until the "since" date of the next listing of the
 * same office (whoever it names: a chargé d'affaires or an acting president ends a term too). A holder whose
 * end cannot be dated that way gets no entry.
 */
export function formerHolderEntries(
  history: HoldersHistory,
  countries: Record<string, FactbookCountry>,
  info: FactbookInfo,
): GeneratedEntry[] {
  // Keyed by person and office: a later listing of the same term corrects an earlier one's "since" date.
  const byTerm = new Map<string, GeneratedEntry>();
  for (const [code, fields] of Object.entries(history)) {
    const country = countries[code];
    const name = country && countryName(country);
    if (!country || !name) continue;
    const ofName = ofCountry(name);
    const territory = TERRITORY.test(fieldText(country.Government['Government type']));
    for (const [field, listings] of Object.entries(fields)) {
      const officeOf = HISTORY_FIELDS[field];
      if (!officeOf || (field === 'chief of state' && territory)) continue;
      const ordered = listings.toSorted((a, b) => a.first.localeCompare(b.first));
      const latest = ordered.at(-1)!;
      const current = new Set(parseHolders(stripMarkup(decodeEntities(latest.text))).map((h) => h.name));
      ordered.forEach((listing, i) => {
        const plain = stripMarkup(decodeEntities(listing.text));
        const laterTexts = ordered.slice(i + 1).map((l) => stripMarkup(decodeEntities(l.text)));
        const ambassador = field.includes('ambassador');
        for (const h of parseHolders(plain)) {
          if (current.has(h.name)) continue;
          if (ambassador !== (h.office === 'Ambassador')) continue;
          // Who ended the term: for an embassy, whoever the field names next (a chargé d'affaires too); for a
          // head of state or government, the next holder of the same office (acting and interim ones too),
          // never the vice president listed in the same line.
          const later = ambassador
            ? laterTexts.flatMap((t) => [...t.matchAll(/\(since ([^)]+)\)/g)].map((m) => parseWordDate(m[1]!)))
            : laterTexts.flatMap((t) =>
                [...t.matchAll(/(?:^|;|\n)\s*((?:Acting |Interim |Transitional )?[^;\n]*?)\(since ([^)]+)\)/g)]
                  .filter(
                    (m) =>
                      m[1]!.replace(/^(Acting|Interim|Transitional) /, '').startsWith(`${h.office} `) &&
                      !m[1]!.includes(h.name.split(' ').at(-1)!.toUpperCase()),
                  )
                  .map((m) => parseWordDate(m[2]!)),
              );
          const ends = later.filter((d): d is string => d !== undefined && d > h.since).toSorted();
          const to = ends[0];
          if (!to) continue;
          const office = officeOf(ofName) ?? (h.office.includes(' of ') ? h.office : `${h.office} of ${ofName}`);
          const role = { title: office, from: h.since, to };
          const years =
            h.since.slice(0, 4) === to.slice(0, 4) ? h.since.slice(0, 4) : `${h.since.slice(0, 4)}–${to.slice(0, 4)}`;
          byTerm.set(`${h.name}|${office}`, {
            entry: {
              id: slug(h.name),
              title: h.name,
              subtitle: `${office}, ${years}`,
              category: 'person',
              familiarity: 'specialist',
              aliases: personAliases(h, name),
              summary: `${rolePhrase(role)}, according to the CIA World Factbook's listings.`,
              context: [name, ...(ambassador ? ['ambassador'] : [])],
              roles: [role],
              sources: source({ code, name, info }, country),
              checked: info.date,
            },
            person: true,
            ...(h.surname !== undefined ? { surname: h.surname } : {}),
          });
        }
      });
    }
  }
  return [...byTerm.values()];
}

/**
 * One person may hold several offices the Factbook lists under different countries (a monarch of several
 * realms, an ambassador accredited to two countries): one entry with every role, rather than two entries
 * with the same name.
 */
export function mergePeople(entries: GeneratedEntry[]): GeneratedEntry[] {
  const people = new Map<string, GeneratedEntry>();
  const out: GeneratedEntry[] = [];
  for (const g of entries) {
    const first = g.person ? people.get(g.entry.id) : undefined;
    if (!g.person) out.push(g);
    else if (!first) {
      const copy = {
        ...g,
        entry: { ...g.entry, roles: [...(g.entry.roles ?? [])], context: [...(g.entry.context ?? [])] },
      };
      people.set(g.entry.id, copy);
      out.push(copy);
    } else {
      const e = first.entry;
      e.roles = [...(e.roles ?? []), ...(g.entry.roles ?? [])]
        .filter((r, i, all) => all.findIndex((x) => x.title === r.title && x.from === r.from) === i)
        .toSorted((a, b) => a.from.localeCompare(b.from))
        .slice(0, 30);
      e.aliases = [...e.aliases, ...g.entry.aliases].filter(
        (a, i, all) => all.findIndex((x) => x.text === a.text) === i,
      );
      if (e.roles.length === 1) continue;
      e.context = [...new Set([...(e.context ?? []), ...(g.entry.context ?? [])])].slice(0, 40);
      e.sources = [...e.sources, ...g.entry.sources]
        .filter((s, i, a) => a.findIndex((x) => x.url === s.url) === i)
        .slice(0, 10);
      const roles = e.roles.map(rolePhrase);
      const listed =
        roles.length > 3 ? `${roles.slice(0, 3).join('; ')}; and ${roles.length - 3} more` : roles.join('; ');
      e.summary = `${listed}, according to the CIA World Factbook (${monthYear(first.entry.checked)}).`;
      if (e.summary.length > 300)
        e.summary = `${roles[0]}, among ${roles.length} offices listed by the CIA World Factbook (${monthYear(first.entry.checked)}).`;
    }
  }
  return out;
}

/**
 * "German Aerospace Center (Deutsches Zentrum fuer Luft- und Raumfahrt, DLR; established 1997) (2025)" -> the
 * agency, its other names, and the year it was established when the record gives it.
 */
function spaceAgencyEntries({ name, info }: Parts, country: FactbookCountry, base: Base): GeneratedEntry[] {
  const ofName = ofCountry(name);
  const raw = fieldText(country['Space agencies']).replace(/\s*\(\d{4}\)\s*$/, '');
  const out: GeneratedEntry[] = [];
  for (const item of raw.split(/;\s*(?![^(]*\))/)) {
    const m = /^([^(]+?)\s*(?:\((.*)\))?\s*$/.exec(item.trim());
    if (!m) continue;
    const title = m[1]!.trim();
    const inner = m[2] ?? '';
    const established = /established (?:in )?(\d{4})/.exec(inner)?.[1];
    const alts = inner
      .split(/;|,| or /)
      .map((x) => x.trim())
      .filter((x) => /^\p{Lu}[\p{L}\p{N}'’. -]*[\p{L}\p{N}]$/u.test(x) && !/established|originally|formerly/i.test(x));
    const forms = [title, ...alts].filter(
      (f, i, a) =>
        f.length >= 3 && f.length <= 80 && a.indexOf(f) === i && /^\p{Lu}[\p{L}\p{N}'’. -]*[\p{L}\p{N}]$/u.test(f),
    );
    if (
      forms.length === 0 ||
      !/Agency|Administration|Center|Centre|Organi[sz]ation|Institute|Office|Commission|Committee|Authority|Council|Corporation/.test(
        title,
      )
    )
      continue;
    out.push(
      base(slug(`${title}-${name}`), {
        title,
        subtitle: `Space agency of ${ofName}`,
        category: 'institution',
        familiarity: 'specialist',
        aliases: orgAliases(forms, name),
        summary: `A space agency of ${ofName}${established ? `, established in ${established}` : ''}, ${asOf(info)}.`,
        context: [name, 'space'],
        ...(established ? { began: established } : {}),
      }),
    );
  }
  return out;
}

/** "Kenyan shillings (KES) per US dollar -" -> the currency, by its ISO code (one entry for all its users). */
export function currencyOf(country: FactbookCountry): { name: string; code: string } | undefined {
  const m = /^([\p{L} ’'-]+?)s? \(([A-Z]{3})\) per US dollar/u.exec(fieldText(country.Currency).trim());
  if (!m) return undefined;
  return { name: m[1]!.replace(/^./, (c) => c.toUpperCase()), code: m[2]! };
}

/** Currency names whose plural is a plain "s" ("Kenyan shillings", not "Icelandic kronurs"). */
const PLURAL_S = /(dollar|pound|franc|peso|rupee|dinar|rial|riyal|shilling|dirham|rupiah)$/;

export function currencyEntries(countries: Record<string, FactbookCountry>, info: FactbookInfo): GeneratedEntry[] {
  const users = new Map<string, { name: string; countries: string[]; code: string; first: string }>();
  for (const [code, country] of Object.entries(countries)) {
    const c = currencyOf(country);
    const name = countryName(country);
    if (!c || !name || TERRITORY.test(fieldText(country.Government['Government type']))) continue;
    const u = users.get(c.code) ?? { ...c, countries: [], first: code };
    u.countries.push(name);
    users.set(c.code, u);
  }
  const out: GeneratedEntry[] = [];
  for (const u of users.values()) {
    if (u.name.split(' ').length < 2) continue; // "Yen", "Euro": one word is another word too often; curated.
    const where =
      u.countries.length <= 3
        ? u.countries.map(ofCountry).join(', ')
        : `${u.countries.length} countries, among them ${u.countries.slice(0, 3).map(ofCountry).join(', ')}`;
    const first = countries[u.first]!;
    out.push({
      entry: {
        id: slug(`${u.name}-${u.code}`),
        title: u.name,
        subtitle: `Currency, ISO code ${u.code}`,
        category: 'economy',
        familiarity: 'specialist',
        aliases: [
          { text: u.name },
          ...(PLURAL_S.test(u.name) ? [{ text: `${u.name}s` }] : []),
          { text: u.code, case: 'exact' as const, needsContext: true },
        ],
        summary: `The currency of ${where}, ISO code ${u.code}, ${asOf(info)}.`,
        context: [...u.countries.slice(0, 10), 'currency', 'exchange rate'],
        sources: source({ code: u.first, name: countryName(first)!, info }, first),
        checked: info.date,
      },
    });
  }
  return out;
}

const SINGULAR: Record<string, string> = {
  counties: 'county',
  municipalities: 'municipality',
  parishes: 'parish',
  communities: 'community',
  'autonomous communities': 'autonomous community',
  cities: 'city',
  emirates: 'emirate',
  'provinces and autonomous regions': 'province or region',
};
export function singular(kind: string): string {
  if (SINGULAR[kind]) return SINGULAR[kind];
  if (/ and | or /.test(kind)) return 'first-level administrative division';
  return kind.endsWith('s') ? kind.slice(0, -1) : kind;
}
