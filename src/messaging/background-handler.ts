/** Answers requests in the background. Pure apart from the data it is given. */
import type { EntryDetails } from '../knowledge/compile';
import type { PublishedTable } from '../matching/alias-table';
import { LOOSE_OPTIONS, lookup, type SearchDoc, searcherFrom, type Searcher, type SearchIndex } from '../search/search';
import type { BackgroundProtocol, MessageType, Response } from './protocol';
import { requestSchema } from './request-schema';

export interface BackgroundData {
  table: PublishedTable;
  details: Record<string, EntryDetails>;
  search: { docs: SearchDoc[]; index: SearchIndex };
}

export function createHandler({ table, details, search }: BackgroundData) {
  // Built on the first lookup, not at start-up: most service-worker wake-ups only fetch a card.
  let searchers: { strict: Searcher; loose: Searcher } | null = null;
  const getSearchers = () =>
    (searchers ??= {
      strict: searcherFrom(search.docs, search.index),
      loose: searcherFrom(search.docs, search.index, LOOSE_OPTIONS),
    });

  /** Returns the response, or undefined for anything that is not a valid request (ignored). */
  return function handle(message: unknown): Response<MessageType> | undefined {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    switch (request.type) {
      case 'getEntry':
        return Object.hasOwn(details, request.id) ? details[request.id] : null;
      case 'getAliasTable':
        return table;
      case 'lookup': {
        const { strict, loose } = getSearchers();
        return lookup(strict, loose, request.query) satisfies BackgroundProtocol['lookup']['response'];
      }
    }
  };
}
