/**
 * The knowledge the background serves: the bundled entries with the reader's
 * own entries merged in. When own entries change, the alias table is
 * rebuilt and republished, so every open tab marks them within a moment, and
 * cards and lookup find them. The extension layer.
 */
import type { EntryDetails, StoredDetails } from '../knowledge/compile';
import { mergeOwnEntries } from '../knowledge/merge-own';
import { type OwnEntry, ownEntryDetails } from '../knowledge/own-entry';
import { detailsAtPageDate } from '../knowledge/roles-at-date';
import type { AliasTable, PublishedTable } from '../matching/alias-table';
import type { LookupResult } from '../messaging/protocol';
import {
  LOOSE_OPTIONS,
  lookup,
  type SearchDoc,
  type SearchIndex,
  Searcher,
  searcherFrom,
  toSearchDoc,
} from '../search/search';
import { ownEntriesItem } from '../settings/own-entries-store';
import { AliasDirectory } from '../matching/table-subset';
import { titledNames } from '../matching/titles';
import { addWordKeys, KeySet, keysFromBase64, PAGE_TEXT_LIMIT } from '../matching/word-keys';
import { markerOf, publishAliasTable } from './alias-table-publisher';

export interface BundledKnowledge {
  table: PublishedTable;
  details: Record<string, StoredDetails>;
  search: { docs: SearchDoc[]; index: SearchIndex };
}

export interface KnowledgeService {
  /** Resolves once the reader's own entries are loaded (answers wait for it after a service-worker wake-up). */
  ready: Promise<void>;
  table(): PublishedTable;
  bundledTable(): PublishedTable;
  /** An entry's details for a card, on a page of `pageDay` (days since 1970-01-01) when its date is known. */
  entry(id: string, pageDay?: number): EntryDetails | null;
  lookup(query: string): LookupResult;
  /** The table for a page with this text and words with these keys (base64, see keysToBase64). */
  pageTable(text: string, words: string): { version: string; own: string; table: AliasTable } | null;
}

/** The published table with own entries: the bundled one's version (content scripts check it) and a tag of its own. */
export function withOwnEntries(bundled: PublishedTable, own: readonly OwnEntry[]): PublishedTable {
  if (own.length === 0) return bundled;
  const merged = mergeOwnEntries(JSON.parse(bundled.json) as AliasTable, own);
  return { version: bundled.version, json: JSON.stringify(merged), own: ownTag(own) };
}

/** Tells one set of own entries from another (so the publisher knows whether storage holds the right table). */
function ownTag(own: readonly OwnEntry[]): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(own);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${own.length}:${(h >>> 0).toString(36)}`;
}

/** The best `n` of two hit lists; the reader's own (first) win ties: their meaning is the one they wrote down. */
function best(own: LookupResult['hits'], bundled: LookupResult['hits'], n: number): LookupResult['hits'] {
  return [...own, ...bundled].toSorted((x, y) => x.score - y.score).slice(0, n);
}

/**
 * The knowledge service. `source` may arrive later (the background reads the bundled data files at start-up):
 * answers wait for `ready`, which waits for it.
 */
export function createKnowledge(source: BundledKnowledge | Promise<BundledKnowledge>): KnowledgeService {
  let bundled: BundledKnowledge = {
    table: { version: '', json: '{"v":1,"ids":[],"cat":[],"categories":[],"rel":[],"fam":[],"aliases":[]}' },
    details: {},
    search: { docs: [], index: { trigrams: {}, words: {} } },
  };
  let own: OwnEntry[] = [];
  let ownById = new Map<string, OwnEntry>();
  let published = bundled.table;
  if (!(source instanceof Promise)) {
    bundled = source;
    published = source.table;
  }
  const loaded = Promise.resolve(source).then((b) => {
    bundled = b;
    published = withOwnEntries(b.table, own);
  });
  // Built on the first lookup, not at start-up: most service-worker wake-ups only fetch a card.
  let searchers: { strict: Searcher; loose: Searcher } | null = null;
  let ownSearchers: { strict: Searcher; loose: Searcher } | null = null;

  // The whole table, parsed and indexed on the first page's request after a wake-up (some 10 ms at today's size).
  let directory: AliasDirectory | null = null;

  const useOwn = (entries: OwnEntry[]) => {
    own = entries;
    ownById = new Map(entries.map((e) => [e.id, e]));
    ownSearchers = null;
    published = withOwnEntries(bundled.table, entries);
    directory = null;
  };

  const ready = Promise.all([loaded, ownEntriesItem.load()]).then(([, { value }]) => {
    useOwn(value);
    return publishAliasTable(published);
  });
  ownEntriesItem.watch(({ value }) => {
    void loaded.then(() => {
      useOwn(value);
      void publishAliasTable(published);
    });
  });

  const bundledSearchers = () =>
    (searchers ??= {
      strict: searcherFrom(bundled.search.docs, bundled.search.index),
      loose: searcherFrom(bundled.search.docs, bundled.search.index, LOOSE_OPTIONS),
    });
  const ownSearch = () => {
    if (ownSearchers === null) {
      const docs = own.map((e) => toSearchDoc(e));
      ownSearchers = { strict: new Searcher(docs), loose: new Searcher(docs, undefined, LOOSE_OPTIONS) };
    }
    return ownSearchers;
  };

  return {
    ready: ready.catch(() => undefined),
    table: () => published,
    bundledTable: () => bundled.table,
    entry: (id, pageDay) => {
      const mine = ownById.get(id);
      if (mine) return ownEntryDetails(mine);
      return Object.hasOwn(bundled.details, id) ? detailsAtPageDate(bundled.details[id], pageDay) : null;
    },
    pageTable: (text, words) => {
      const keys = words === '' ? new KeySet(4096) : keysFromBase64(words);
      if (keys === null) return null;
      const pageText = text.slice(0, PAGE_TEXT_LIMIT);
      addWordKeys(pageText, keys);
      directory ??= new AliasDirectory(JSON.parse(published.json) as AliasTable);
      // The first request has the page's text: who it names by title ("President Trump") travels with the table.
      const names = pageText === '' ? undefined : titledNames(pageText);
      return { ...markerOf(published), table: directory.subset(keys, names) };
    },
    lookup: (query) => {
      const mainSearchers = bundledSearchers();
      const fromBundled = lookup(mainSearchers.strict, mainSearchers.loose, query);
      if (own.length === 0) return fromBundled;
      const o = ownSearch();
      const fromOwn = lookup(o.strict, o.loose, query);
      const hits = best(fromOwn.hits, fromBundled.hits, 5);
      return { hits, closest: hits.length > 0 ? [] : best(fromOwn.closest, fromBundled.closest, 3) };
    },
  };
}
