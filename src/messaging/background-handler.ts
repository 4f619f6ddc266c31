/** Answers requests in the background: checks them, and asks the services it is given. */
import type { KnowledgeService } from '../background/knowledge';
import { asBackgroundRequest, type BackgroundRequest, type MessageType, type Response, unhandled } from './protocol';

export interface BackgroundServices {
  knowledge: KnowledgeService;
  /** "I know this one": stores the entry as hidden (or, undone, no longer hidden). */
  hideEntry(id: string, undo?: boolean): Promise<boolean>;
  /** Rewrites the stored table marker (see alias-table-publisher.ts), should it be missing or damaged. */
  repairStoredTable(): void;
}

/**
 * Returns a promise of the response, or undefined (at once) for anything that is not a valid request: it is
 * ignored, and another listener may answer it.
 */
export function createHandler({ knowledge, hideEntry, repairStoredTable }: BackgroundServices) {
  const answer = (request: BackgroundRequest): Response<MessageType> | Promise<Response<MessageType>> | undefined => {
    switch (request.type) {
      case 'getEntry':
        return knowledge.entry(request.id, request.day);
      case 'getAliasTable':
        if (request.bundled) return knowledge.bundledTable();
        repairStoredTable();
        return knowledge.table();
      case 'getPageTable':
        return knowledge.pageTable(request.text ?? '', request.words ?? '');
      case 'lookup':
        return knowledge.lookup(request.query);
      case 'hideEntry':
        return hideEntry(request.id, request.undo);
      default:
        return unhandled(request);
    }
  };
  return function handle(message: unknown): Promise<Response<MessageType> | undefined> | undefined {
    const request = asBackgroundRequest(message);
    if (request === null) return undefined;
    // After a service-worker wake-up, answers wait for the reader's own entries to load.
    return knowledge.ready.then(() => answer(request));
  };
}
