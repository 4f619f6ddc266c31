/** Answers requests in the background: checks them, and asks the services it is given. */
import type { KnowledgeService } from '../background/knowledge';
import type { BackgroundRequest, MessageType, Response } from './protocol';
import { requestSchema } from './request-schema';

export interface BackgroundServices {
  knowledge: KnowledgeService;
  /** "I know this one": stores the entry as hidden (or, undone, no longer hidden). */
  hideEntry(id: string, undo?: boolean): Promise<boolean>;
  /** A page found no usable table in storage: the background writes a good copy for the pages after it. */
  repairStoredTable(): void;
}

/**
 * Returns a promise of the response, or undefined (at once) for anything that is not a valid request: it is
 * ignored, and another listener may answer it.
 */
export function createHandler({ knowledge, hideEntry, repairStoredTable }: BackgroundServices) {
  const answer = (request: BackgroundRequest): Response<MessageType> | Promise<Response<MessageType>> => {
    switch (request.type) {
      case 'getEntry':
        return knowledge.entry(request.id);
      case 'getAliasTable':
        if (request.bundled) return knowledge.bundledTable();
        repairStoredTable();
        return knowledge.table();
      case 'lookup':
        return knowledge.lookup(request.query);
      case 'hideEntry':
        return hideEntry(request.id, request.undo);
    }
  };
  return function handle(message: unknown): Promise<Response<MessageType>> | undefined {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    // After a service-worker wake-up, answers wait for the reader's own entries to load.
    return knowledge.ready.then(() => answer(parsed.data));
  };
}
