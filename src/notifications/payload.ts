import { z } from 'zod';
import type { NotificationPayload } from './types';

const payloadSchema = z
  .object({
    text: z.string().min(1).optional(),
    card: z.record(z.unknown()).optional(),
  })
  .refine((p) => p.text !== undefined || p.card !== undefined, { message: 'payload needs text or card' });

/** The outbox payload contract; anything else is a dead letter, not a retry. */
export function parsePayload(raw: unknown): NotificationPayload | undefined {
  const parsed = payloadSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
