/** Checks requests that reach the background from other contexts (content scripts run next to untrusted pages). */
import { z } from 'zod';
import type { Request } from './protocol';

export const requestSchema: z.ZodType<Request> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('getEntry'), id: z.string().max(80) }),
]);
