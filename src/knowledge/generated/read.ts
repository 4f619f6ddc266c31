/**
 * Reads the open datasets under knowledge/data/ and builds the generated tier from them. Node-only (the build,
 * scripts and tests); the extension never imports it. A knowledge directory without a data/ folder (the
 * tests' small bases) has no generated tier.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  committeeEntry,
  type CommitteeRecord,
  executiveEntry,
  type ExecutiveRecord,
  legislatorEntry,
  type LegislatorRecord,
  subcommitteeEntries,
} from './congress';
import {
  countryEntries,
  currencyEntries,
  type FactbookCountry,
  formerHolderEntries,
  type HoldersHistory,
  mergePeople,
} from './factbook';
import type { GeneratedEntry, GeneratedSource } from './merge';
import { entrySchema } from '../schema';

/**
 * A record the generators turned into an entry the schema rejects (a name over the length limit, say) is left
 * out rather than failing the build: generated entries are only as good as their record. `rejected` counts them
 * so `npm run knowledge:check` shows how many.
 */
export const rejected: string[] = [];
function valid(entries: GeneratedEntry[]): GeneratedEntry[] {
  return entries.filter((g) => {
    const ok = entrySchema.safeParse(g.entry).success;
    if (!ok) rejected.push(g.entry.id);
    return ok;
  });
}

/** Each dataset's date and commit, as its README.md records them (the entries' `checked` date). */
export const DATASETS = {
  'congress-legislators': { date: '2026-06-15', commit: 'dfa9622263dd4c8d08636926e498f1845704d7eb' },
  factbook: { date: '2026-01-22', commit: '783ed27f7a1116663c10e7b39d162d0c4500505d' },
} as const;

export function readGeneratedSources(dir: string): GeneratedSource[] {
  rejected.length = 0;
  const data = join(dir, 'data');
  const sources: GeneratedSource[] = [];
  const congress = join(data, 'congress-legislators');
  if (existsSync(congress)) {
    const { date, commit } = DATASETS['congress-legislators'];
    const blob = (file: string) => `https://github.com/unitedstates/congress-legislators/blob/${commit}/${file}`;
    const entries: GeneratedEntry[] = [];
    const legislators = parse(readFileSync(join(congress, 'legislators-current.yaml'), 'utf8')) as LegislatorRecord[];
    for (const record of legislators) {
      const g = legislatorEntry(record, { date, fileUrl: blob('legislators-current.yaml') });
      if (g) entries.push(g);
    }
    const committees = parse(readFileSync(join(congress, 'committees-current.yaml'), 'utf8')) as CommitteeRecord[];
    for (const record of committees) {
      entries.push(committeeEntry(record, { date, fileUrl: blob('committees-current.yaml') }));
      entries.push(...subcommitteeEntries(record, { date, fileUrl: blob('committees-current.yaml') }));
    }
    const executive = parse(readFileSync(join(congress, 'executive.yaml'), 'utf8')) as ExecutiveRecord[];
    for (const record of executive) {
      const g = executiveEntry(record, { date, fileUrl: blob('executive.yaml') });
      if (g) entries.push(g);
    }
    sources.push({ path: 'knowledge/data/congress-legislators (generated)', entries: valid(entries) });
  }
  const factbook = join(data, 'factbook', 'government.json');
  if (existsSync(factbook)) {
    const countries = JSON.parse(readFileSync(factbook, 'utf8')) as Record<string, FactbookCountry>;
    const historyFile = join(data, 'factbook', 'holders-history.json');
    const entries = [
      ...mergePeople([
        ...Object.entries(countries).flatMap(([code, country]) => countryEntries(code, country, DATASETS.factbook)),
        ...(existsSync(historyFile)
          ? formerHolderEntries(
              JSON.parse(readFileSync(historyFile, 'utf8')) as HoldersHistory,
              countries,
              DATASETS.factbook,
            )
          : []),
      ]),
      ...currencyEntries(countries, DATASETS.factbook),
    ];
    sources.push({ path: 'knowledge/data/factbook (generated)', entries: valid(entries) });
  }
  return sources;
}
