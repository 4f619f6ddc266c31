/** Answers requests in the background. Pure apart from the data it is given. */
import type { EntryDetails } from '../knowledge/compile';
import type { MessageType, Response } from './protocol';
import { requestSchema } from './request-schema';

export function createHandler(details: Record<string, EntryDetails>) {
  /** Returns the response, or undefined for anything that is not a valid request (ignored). */
  return function handle(message: unknown): Response<MessageType> | undefined {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    switch (request.type) {
      case 'getEntry':
        return Object.hasOwn(details, request.id) ? details[request.id] : null;
    }
  };
}
