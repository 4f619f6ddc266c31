/**
 * `tsx scripts/knowledge-data-refresh.ts <source> <checkout-dir>`: copies the subset of an open dataset that the
 * generated tier uses into knowledge/data/<source>/, so the build never needs the network and the repository
 * carries a few hundred kilobytes rather than the whole dataset. <source> is `congress-legislators`
 * (a checkout of github.com/unitedstates/congress-legislators) or `factbook` (github.com/factbook/factbook.json).
 * Each folder's README.md says which commit and date it was taken from; update it in the same change.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

const [source, checkout] = process.argv.slice(2);
if (!source || !checkout) {
  console.error('usage: tsx scripts/knowledge-data-refresh.ts congress-legislators|factbook <checkout-dir>');
  process.exit(2);
}
const out = resolve('knowledge/data', source === 'factbook-history' ? 'factbook' : source);
mkdirSync(out, { recursive: true });

type Json = Record<string, unknown>;
const pick = (obj: Json | undefined, keys: readonly string[]): Json =>
  Object.fromEntries(keys.filter((k) => obj?.[k] !== undefined).map((k) => [k, obj![k]]));

if (source === 'congress-legislators') {
  // Only what an entry says: ids, name, and each term's office, dates, state, district and party.
  const legislators = parse(readFileSync(join(checkout, 'legislators-current.yaml'), 'utf8')) as Json[];
  const slim = legislators.map((l) => ({
    id: pick(l.id as Json, ['bioguide', 'wikidata', 'wikipedia']),
    name: l.name,
    terms: (l.terms as Json[]).map((t) => pick(t, ['type', 'start', 'end', 'state', 'district', 'party', 'how'])),
    ...(l.leadership_roles ? { leadership_roles: l.leadership_roles } : {}),
  }));
  writeFileSync(join(out, 'legislators-current.yaml'), stringify(slim, { lineWidth: 0 }));
  const committees = parse(readFileSync(join(checkout, 'committees-current.yaml'), 'utf8')) as Json[];
  const slimCommittees = committees.map((c) => ({
    ...pick(c, ['type', 'name', 'thomas_id', 'url']),
    ...(c.subcommittees
      ? { subcommittees: (c.subcommittees as Json[]).map((s) => pick(s, ['name', 'thomas_id'])) }
      : {}),
  }));
  writeFileSync(join(out, 'committees-current.yaml'), stringify(slimCommittees, { lineWidth: 0 }));
  const executive = parse(readFileSync(join(checkout, 'executive.yaml'), 'utf8')) as Json[];
  writeFileSync(
    join(out, 'executive.yaml'),
    stringify(
      executive.map((p) => ({
        id: pick(p.id as Json, ['bioguide', 'govtrack']),
        name: p.name,
        terms: (p.terms as Json[]).map((t) => pick(t, ['type', 'start', 'end', 'party'])),
      })),
      { lineWidth: 0 },
    ),
  );
  copyFileSync(join(checkout, 'LICENSE'), join(out, 'LICENSE'));
} else if (source === 'factbook') {
  const GOVERNMENT = [
    'Country name',
    'Government type',
    'Capital',
    'Administrative divisions',
    'Executive branch',
    'Legislative branch',
    'Legislative branch - lower chamber',
    'Legislative branch - upper chamber',
    'Judicial branch',
    'Political parties',
    'Diplomatic representation in the US',
    'Diplomatic representation from the US',
  ];
  const countries: Json = {};
  for (const region of readdirSync(checkout).toSorted()) {
    const dir = join(checkout, region);
    if (
      !statSync(dir).isDirectory() ||
      ['meta', 'oceans', 'world', 'antarctica'].includes(region) ||
      region.startsWith('.')
    )
      continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .toSorted()) {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
      const government = data.Government as Json | undefined;
      if (!government) continue;
      const gov = pick(government, GOVERNMENT);
      for (const k of ['Executive branch', 'Judicial branch'] as const) {
        if (gov[k]) gov[k] = pick(gov[k] as Json, ['chief of state', 'head of government', 'highest court(s)']);
      }
      for (const k of ['Diplomatic representation in the US', 'Diplomatic representation from the US']) {
        if (gov[k]) gov[k] = pick(gov[k] as Json, ['chief of mission']);
      }
      for (const k of [
        'Legislative branch - lower chamber',
        'Legislative branch - upper chamber',
        'Legislative branch',
      ]) {
        if (gov[k])
          gov[k] = pick(gov[k] as Json, [
            'chamber name',
            'legislature name',
            'legislative structure',
            'number of seats',
          ]);
      }
      if (gov.Capital) gov.Capital = pick(gov.Capital as Json, ['name']);
      const economy = data.Economy as Json | undefined;
      const rates = economy?.['Exchange rates'] as Json | undefined;
      const urban = (data['People and Society'] as Json | undefined)?.['Major urban areas - population'];
      const forces = (data['Military and Security'] as Json | undefined)?.['Military and security forces'];
      const space = (data.Space as Json | undefined)?.['Space agency/agencies'];
      countries[file.replace(/\.json$/, '')] = {
        region,
        Government: gov,
        ...(urban ? { 'Major urban areas': pick(urban as Json, ['text']) } : {}),
        ...(forces ? { 'Military and security forces': pick(forces as Json, ['text']) } : {}),
        ...(space ? { 'Space agencies': pick(space as Json, ['text']) } : {}),
        ...(rates?.Currency ? { Currency: rates.Currency } : {}),
      };
    }
  }
  writeFileSync(join(out, 'government.json'), `${JSON.stringify(countries, null, 1)}\n`);
  copyFileSync(join(checkout, 'LICENSE.md'), join(out, 'LICENSE.md'));
} else if (source === 'factbook-history') {
  // <checkout-dir> here is a git directory of factbook.json: the office holders its snapshots listed, one
  // snapshot a month since 2020, so that former holders get their dates (knowledge/data/factbook/README.md).
  const git = (args: string[], input?: string) => {
    const r = spawnSync('git', ['--git-dir', checkout, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout;
  };
  const until = process.argv[4] ?? 'HEAD';
  const commits = git(['log', '--format=%H %ad', '--date=short', '--since=2020-01-01', until, '--', 'europe/gm.json'])
    .trim()
    .split('\n')
    .map((l) => l.split(' ') as [string, string]);
  const monthly = new Map<string, [string, string]>();
  for (const [hash, day] of commits) if (!monthly.has(day.slice(0, 7))) monthly.set(day.slice(0, 7), [hash, day]);
  const FIELDS: [string, string, string][] = [
    ['Executive branch', 'chief of state', 'chief of state'],
    ['Executive branch', 'head of government', 'head of government'],
    ['Diplomatic representation in the US', 'chief of mission', 'ambassador to the US'],
    ['Diplomatic representation from the US', 'chief of mission', 'US ambassador'],
  ];
  const history: Record<string, Record<string, { text: string; first: string; last: string }[]>> = {};
  for (const [hash, day] of [...monthly.values()].toSorted((a, b) => a[1].localeCompare(b[1]))) {
    const files = git(['ls-tree', '-r', hash])
      .trim()
      .split('\n')
      .map((l) => /^\S+ blob (\S+)\t(.+)$/.exec(l))
      .filter(
        (m): m is RegExpExecArray =>
          m !== null && /^[a-z-]+\/[a-z]{2}\.json$/.test(m[2]!) && !/^(meta|oceans|world|antarctica)\//.test(m[2]!),
      );
    const batch = git(['cat-file', '--batch'], files.map((m) => m[1]).join('\n') + '\n');
    let at = 0;
    for (const m of files) {
      const header = batch.slice(at, batch.indexOf('\n', at));
      const size = Number(header.split(' ')[2]);
      const start = batch.indexOf('\n', at) + 1;
      const body = Buffer.from(batch.slice(start), 'utf8').subarray(0, size).toString('utf8');
      at = start + body.length + 1;
      const code = m[2]!.slice(-7, -5);
      let data: Json;
      try {
        data = JSON.parse(body) as Json;
      } catch {
        continue;
      }
      const gov = data.Government as Record<string, Record<string, { text?: string }>> | undefined;
      for (const [section, key, name] of FIELDS) {
        const text = gov?.[section]?.[key]?.text;
        if (typeof text !== 'string' || !text.includes('(since')) continue;
        const list = ((history[code] ??= {})[name] ??= []);
        const same = list.find((x) => x.text === text);
        if (same) same.last = day;
        else list.push({ text, first: day, last: day });
      }
    }
  }
  writeFileSync(join(out, 'holders-history.json'), `${JSON.stringify(history, null, 1)}\n`);
} else {
  console.error(`unknown source "${source}"`);
  process.exit(2);
}
console.log(`wrote ${out}`);
