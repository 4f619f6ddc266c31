/** Checks requests that reach the background from other contexts (content scripts run next to untrusted pages). */
import { z } from 'zod';
import { PAGE_TEXT_LIMIT, PAGE_WORDS_LIMIT } from '../matching/word-keys';
import type { BackgroundRequest } from './protocol';

export const requestSchema: z.ZodType<BackgroundRequest> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('getEntry'), id: z.string().max(80) }),
  z.strictObject({ type: z.literal('lookup'), query: z.string().max(500) }),
  z.strictObject({ type: z.literal('getAliasTable'), bundled: z.boolean().optional() }),
  z.strictObject({ type: z.literal('hideEntry'), id: z.string().max(80) }),
  // At most PAGE_WORDS_LIMIT keys of four bytes, in base64.
  z.strictObject({
    type: z.literal('getPageTable'),
    text: z.string().max(PAGE_TEXT_LIMIT).optional(),
    words: z
      .string()
      .max(Math.ceil((PAGE_WORDS_LIMIT * 4) / 3) + 4)
      .optional(),
  }),
]);
