import { z } from 'zod';

const optionalString = z.string().optional();
const account = z.object({ id: optionalString, aadObjectId: optionalString, name: optionalString }).passthrough().optional();

/**
 * What botbuilder needs before any of our code runs. It throws on other shapes (a non-string
 * serviceUrl, a missing type) and answers 500; a body like that is the sender's error: 400.
 */
const envelopeSchema = z
  .object({
    type: z.string().min(1),
    serviceUrl: z.string().min(1),
    channelId: optionalString,
    id: optionalString,
    name: optionalString,
    text: optionalString,
    locale: optionalString,
    replyToId: optionalString,
    deliveryMode: optionalString,
    from: account,
    recipient: account,
    conversation: z.object({ id: optionalString, tenantId: optionalString, conversationType: optionalString }).passthrough().optional(),
    channelData: z.record(z.unknown()).optional(),
  })
  .passthrough();

export function isProcessableActivity(body: unknown): boolean {
  return envelopeSchema.safeParse(body).success;
}
