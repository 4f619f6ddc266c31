/**
 * The one messaging contract between Gloss's contexts. Requests are plain
 * objects with a `type`; what arrives from another context is checked with
 * zod before it is used, and anything unknown is ignored, not thrown.
 * Types only here (no zod), so the content script does not carry the schema.
 */
import type { EntryDetails } from '../knowledge/compile';

export interface Protocol {
  /** Details of one entry, for a card. `null` when no entry has that id. */
  getEntry: { request: { type: 'getEntry'; id: string }; response: EntryDetails | null };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType = MessageType> = Protocol[T]['request'];
export type Response<T extends MessageType> = Protocol[T]['response'];
