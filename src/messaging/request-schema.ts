/** Checks requests that reach the background from other contexts (content scripts run next to untrusted pages). */
import { z } from 'zod';
import type { BackgroundRequest } from './protocol';

export const requestSchema: z.ZodType<BackgroundRequest> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('getEntry'), id: z.string().max(80) }),
  z.strictObject({ type: z.literal('lookup'), query: z.string().max(500) }),
  z.strictObject({ type: z.literal('getAliasTable'), bundled: z.boolean().optional() }),
  z.strictObject({ type: z.literal('hideEntry'), id: z.string().max(80), undo: z.boolean().optional() }),
]);
