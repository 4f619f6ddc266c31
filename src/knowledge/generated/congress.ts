/**
 * Entries for the members of the US Congress, from the CC0 `unitedstates/congress-legislators` data
 * (knowledge/data/congress-legislators/). Pure: the caller parses the YAML and passes the records.
 *
 * A member's summary is built only from the record: each run of terms in one chamber for one state, with its
 * years and party ("Democratic US senator from Washington since 2001; US representative from Washington
 * (1993–1995)."). Ids come from the Bioguide id, which the Biographical Directory never reuses.
 */
import type { EntryDraft } from '../schema';
import type { GeneratedEntry } from './merge';
import { wordDate } from './text';

export interface LegislatorTerm {
  type: 'sen' | 'rep';
  start: string;
  end: string;
  state: string;
  district?: number;
  party?: string;
}

export interface LegislatorRecord {
  id: { bioguide: string; wikidata?: string; wikipedia?: string };
  name: { first: string; last: string; middle?: string; nickname?: string; suffix?: string; official_full?: string };
  terms: LegislatorTerm[];
  leadership_roles?: { title: string; chamber?: string; start: string; end?: string }[];
}

export interface CommitteeRecord {
  type: 'house' | 'senate' | 'joint';
  name: string;
  thomas_id: string;
  url?: string;
  subcommittees?: { name: string; thomas_id: string }[];
}

export interface ExecutiveRecord {
  id: { bioguide?: string; govtrack?: number };
  name: { first: string; last: string; middle?: string; nickname?: string; suffix?: string };
  terms: { type: 'prez' | 'viceprez'; start: string; end: string; party?: string }[];
}

export interface DatasetInfo {
  /** The dataset's date (its commit date): the entries' `checked` date, and the day "since" is true on. */
  date: string;
  /** The https URL of the dataset file the records come from (at the commit it was taken from). */
  fileUrl: string;
}

export const STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'the District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'the US Virgin Islands',
  AS: 'American Samoa',
  MP: 'the Northern Mariana Islands',
};

/** Party names as the data writes them, and the adjective a sentence uses. */
const PARTY_ADJECTIVE: Record<string, string> = {
  Democrat: 'Democratic',
  Republican: 'Republican',
  Independent: 'independent',
};

/** What a member of the House from this state or territory is called. */
function houseOffice(state: string): string {
  if (state === 'PR') return 'Resident Commissioner';
  if (['DC', 'GU', 'VI', 'AS', 'MP'].includes(state)) return 'delegate';
  return 'representative';
}

function officeName(term: LegislatorTerm): string {
  const place = STATES[term.state] ?? term.state;
  if (term.type === 'sen') return `US senator from ${place}`;
  const office = houseOffice(term.state);
  return office === 'representative' ? `US representative from ${place}` : `${office} to the US House from ${place}`;
}

interface Run {
  office: string;
  type: 'sen' | 'rep';
  state: string;
  from: string;
  to: string;
  parties: string[];
}

/** Consecutive terms in one office for one state, merged when a term starts within a year of the last one's end. */
export function termRuns(terms: readonly LegislatorTerm[]): Run[] {
  const runs: Run[] = [];
  for (const term of terms.toSorted((a, b) => a.start.localeCompare(b.start))) {
    const office = officeName(term);
    const last = runs.at(-1);
    const gapDays = last ? (Date.parse(term.start) - Date.parse(last.to)) / 86_400_000 : Infinity;
    if (last && last.office === office && gapDays <= 366) {
      if (term.end > last.to) last.to = term.end;
      if (term.party && last.parties.at(-1) !== term.party) last.parties.push(term.party);
    } else {
      runs.push({
        office,
        type: term.type,
        state: term.state,
        from: term.start,
        to: term.end,
        parties: term.party ? [term.party] : [],
      });
    }
  }
  return runs;
}

const year = (date: string) => date.slice(0, 4);

function partyWords(parties: readonly string[]): string {
  if (parties.length === 0) return '';
  if (parties.length === 1) return `${PARTY_ADJECTIVE[parties[0]!] ?? parties[0]} `;
  return '';
}

/** "Democratic US senator from Washington since 2001" or "US representative from Washington (1993–1995)". */
function describeRun(run: Run, asOf: string): string {
  const open = run.to > asOf;
  const changed = run.parties.length > 1 ? ` (${run.parties.join(', then ')})` : '';
  const when = open ? `since ${year(run.from)}` : `(${year(run.from)}–${year(run.to)})`;
  return `${partyWords(run.parties)}${run.office} ${when}${changed}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The names the page may use: official full name, first and last, nickname and last. The bare surname is added by merge.ts as a `surname` alias. */
function legislatorAliases(name: LegislatorRecord['name']): string[] {
  const initial = /^\p{Lu}\.$/u.test(name.first);
  const forms = [
    name.official_full,
    // "H. Morgan Griffith" goes by "Morgan Griffith", never "H. Griffith".
    initial ? (name.middle ? `${name.middle} ${name.last}` : undefined) : `${name.first} ${name.last}`,
    name.nickname ? `${name.nickname} ${name.last}` : undefined,
    !initial && name.middle && name.middle.length > 2 ? `${name.first} ${name.middle} ${name.last}` : undefined,
  ];
  const out: string[] = [];
  for (const form of forms) {
    if (!form) continue;
    // "Joseph R. Biden, Jr." -> also "Joseph R. Biden": the suffix is often left out.
    const clean = form.replace(/\s+/g, ' ').trim();
    for (const f of [clean, clean.replace(/,? (Jr\.|Sr\.|II|III|IV)$/, '')]) {
      if (/^[\p{L}\p{N}]/u.test(f) && !out.includes(f)) out.push(f);
    }
  }
  return out;
}

export function legislatorEntry(record: LegislatorRecord, info: DatasetInfo): GeneratedEntry | undefined {
  const runs = termRuns(record.terms);
  if (runs.length === 0) return undefined;
  const title = (record.name.official_full ?? `${record.name.first} ${record.name.last}`).replace(/\s+/g, ' ').trim();
  const latest = runs.at(-1)!;
  const asOf = info.date;
  const leadership = (record.leadership_roles ?? []).reduce<{ title: string; from: string; to?: string }[]>(
    (acc, r) => {
      const last = acc.at(-1);
      if (last && last.title === r.title && last.to !== undefined && r.start <= last.to) last.to = r.end;
      else acc.push({ title: r.title, from: r.start, to: r.end });
      return acc;
    },
    [],
  );
  const openLeadership = leadership.filter((r) => r.to === undefined || r.to > asOf);
  const parts = runs.toReversed().map((r) => describeRun(r, asOf));
  let summary = `${capitalise(parts[0]!)}${parts.length > 1 ? `; earlier ${parts.slice(1).join('; ')}` : ''}.`;
  if (openLeadership.length > 0)
    summary += ` ${openLeadership.map((r) => `${r.title} since ${wordDate(r.from)}`).join('; ')}.`;
  if (summary.length > 300) summary = `${capitalise(parts[0]!)}; in Congress since ${year(runs[0]!.from)}.`;
  const state = STATES[latest.state] ?? latest.state;
  const party = latest.parties.at(-1);
  const roles = [
    ...runs.map((r) => ({
      title: capitalise(r.office).replace(/^US /, 'United States '),
      from: r.from,
      ...(r.to > asOf ? {} : { to: r.to }),
    })),
    ...leadership.map((r) => ({
      title: r.title,
      from: r.from,
      ...(r.to === undefined || r.to > asOf ? {} : { to: r.to }),
    })),
  ].toSorted((a, b) => a.from.localeCompare(b.from));
  const entry: EntryDraft = {
    id: `us-congress-${record.id.bioguide.toLowerCase()}`,
    title,
    subtitle: describeRun(latest, asOf)
      .replace(/^./, (c) => c.toUpperCase())
      .slice(0, 140),
    category: 'person',
    familiarity: 'specialist',
    aliases: legislatorAliases(record.name).map((text) => ({ text })),
    summary,
    related: [
      latest.type === 'sen' ? 'united-states-senate' : 'united-states-house-of-representatives',
      ...(party === 'Democrat' ? ['democratic-party-us'] : party === 'Republican' ? ['republican-party-us'] : []),
    ],
    context: [
      ...new Set([
        state.replace(/^the /, ''),
        latest.type === 'sen' ? 'Senate' : 'House',
        latest.type === 'sen' ? 'senator' : 'congressman',
        'Congress',
        ...(party ? [party] : []),
        ...(PARTY_ADJECTIVE[party ?? ''] && party !== 'Independent' ? [PARTY_ADJECTIVE[party!]!] : []),
      ]),
    ],
    sources: [
      {
        title: `Biographical Directory of the United States Congress: ${title}`,
        url: `https://bioguide.congress.gov/search/bio/${record.id.bioguide}`,
      },
      { title: 'congress-legislators dataset (CC0), legislators-current.yaml', url: info.fileUrl },
    ],
    checked: info.date,
    roles: roles.slice(-30),
  };
  return { entry, person: true, surname: record.name.last };
}

const COMMITTEE_CHAMBER = {
  house: 'US House of Representatives',
  senate: 'US Senate',
  joint: 'US Congress (joint)',
} as const;

/** "Senate Committee on Armed Services" -> "Senate Armed Services Committee", the form news uses. */
export function committeeShortName(name: string): string | undefined {
  const m = /^(Senate|House|Joint) (?:Select |Special |Permanent Select )?Committee on (?:the )?(.+)$/.exec(name);
  return m ? `${m[1]} ${m[2]} Committee` : undefined;
}

export function committeeEntry(record: CommitteeRecord, info: DatasetInfo): GeneratedEntry {
  const short = committeeShortName(record.name);
  const chamber = COMMITTEE_CHAMBER[record.type];
  const kind = /Select|Special/.test(record.name)
    ? 'select committee'
    : record.type === 'joint'
      ? 'joint committee'
      : 'standing committee';
  const url = record.url?.startsWith('https://') ? record.url : undefined;
  return {
    entry: {
      id: `us-congress-committee-${record.thomas_id.toLowerCase()}`,
      title: record.name,
      category: 'institution',
      familiarity: 'specialist',
      aliases: [{ text: record.name }, ...(short && short !== record.name ? [{ text: short }] : [])],
      summary:
        record.type === 'joint'
          ? `A joint committee of the US Congress, with members from both the Senate and the House of Representatives.`
          : `A ${kind} of the ${chamber}.`,
      related: [
        record.type === 'senate'
          ? 'united-states-senate'
          : record.type === 'house'
            ? 'united-states-house-of-representatives'
            : 'united-states-congress',
      ],
      context: ['Congress', record.type === 'senate' ? 'Senate' : 'House'],
      sources: [
        ...(url ? [{ title: record.name, url }] : []),
        { title: 'congress-legislators dataset (CC0), committees-current.yaml', url: info.fileUrl },
      ],
      checked: info.date,
    },
  };
}

/** A subcommittee, named as its parent's news name says it: "House Agriculture Subcommittee on Forestry". */
export function subcommitteeEntries(record: CommitteeRecord, info: DatasetInfo): GeneratedEntry[] {
  const short = committeeShortName(record.name);
  if (!short || record.type === 'joint') return [];
  const parent = short.replace(/ Committee$/, '');
  return (record.subcommittees ?? []).map((sub) => {
    const title = `${parent} Subcommittee on ${sub.name}`;
    return {
      entry: {
        id: `us-congress-committee-${record.thomas_id.toLowerCase()}-${sub.thomas_id}`,
        title,
        category: 'institution' as const,
        familiarity: 'specialist' as const,
        aliases: title.length <= 80 ? [{ text: title }] : [],
        summary: `A subcommittee of the ${record.name}.`,
        related: [`us-congress-committee-${record.thomas_id.toLowerCase()}`],
        context: ['Congress', record.type === 'senate' ? 'Senate' : 'House'],
        sources: [{ title: 'congress-legislators dataset (CC0), committees-current.yaml', url: info.fileUrl }],
        checked: info.date,
      },
    };
  });
}

/** "President of the United States (1981–1989)", or "... since 2025" for a term not over at the data's date. */
function execPhrase(r: { title: string; from: string; to?: string }): string {
  if (!r.to) return `${r.title} since ${year(r.from)}`;
  return `${r.title} (${year(r.from) === year(r.to) ? year(r.from) : `${year(r.from)}–${year(r.to)}`})`;
}

const EXEC_OFFICE = {
  prez: 'President of the United States',
  viceprez: 'Vice President of the United States',
} as const;

/** Presidents and vice presidents (executive.yaml): "President of the United States (1981–1989); Republican." */
export function executiveEntry(record: ExecutiveRecord, info: DatasetInfo): GeneratedEntry | undefined {
  const roles: { title: string; from: string; to?: string }[] = [];
  for (const t of record.terms.toSorted((a, b) => a.start.localeCompare(b.start))) {
    const title = EXEC_OFFICE[t.type];
    const last = roles.at(-1);
    if (
      last &&
      last.title === title &&
      last.to !== undefined &&
      Date.parse(t.start) - Date.parse(last.to) < 86_400_000 * 30
    )
      last.to = t.end;
    else roles.push({ title, from: t.start, to: t.end });
  }
  if (roles.length === 0) return undefined;
  for (const r of roles) if (r.to! > info.date) delete r.to;
  const n = record.name;
  const title = `${n.first}${n.middle && n.middle.length <= 2 ? ` ${n.middle}` : ''} ${n.last}`.replace(/\s+/g, ' ');
  const parties = [...new Set(record.terms.map((t) => t.party).filter((p): p is string => !!p && p !== 'no party'))];
  const phrase = execPhrase;
  const president = roles.some((r) => r.title.startsWith('President'));
  const id = record.id.bioguide
    ? `us-executive-${record.id.bioguide.toLowerCase()}`
    : record.id.govtrack
      ? `us-executive-govtrack-${record.id.govtrack}`
      : undefined;
  if (!id) return undefined;
  return {
    entry: {
      id,
      title,
      subtitle: roles.map(phrase).join('; ').slice(0, 140),
      category: 'person',
      familiarity: president ? 'common' : 'known',
      aliases: [...new Set([title, `${n.first} ${n.last}`, ...(n.nickname ? [`${n.nickname} ${n.last}`] : [])])].map(
        (text) => ({ text }),
      ),
      summary: `${roles.map(phrase).join('; ')}${parties.length > 0 ? `; ${parties.map((p) => PARTY_ADJECTIVE[p] ?? p).join(', then ')}` : ''}.`,
      context: ['President', 'Vice President', 'White House'],
      related: [],
      sources: [
        ...(record.id.bioguide
          ? [
              {
                title: `Biographical Directory of the United States Congress: ${title}`,
                url: `https://bioguide.congress.gov/search/bio/${record.id.bioguide}`,
              },
            ]
          : []),
        { title: 'congress-legislators dataset (CC0), executive.yaml', url: info.fileUrl },
      ],
      checked: info.date,
      roles,
    },
    person: true,
    surname: n.last,
  };
}
