import { z } from 'zod';

/** Request and response schemas of the notifications API: validation, types and OpenAPI. */

const Iso = z.string().describe('ISO 8601 with offset');

export const MessageStatusValue = z.enum(['pending', 'sending', 'delivered', 'failed', 'suppressed']);
export type MessageStatusValue = z.infer<typeof MessageStatusValue>;

/** Where a message is in its delivery; never its text, and the recipient masked. */
export const MessageStatus = z
  .object({
    id: z.uuid(),
    event: z.string(),
    channel: z.enum(['email', 'sms', 'whatsapp']),
    recipient: z.string().describe('Masked: `+62812****5678`, `a***@example.com`; empty once erased'),
    language: z.enum(['id', 'en']),
    status: MessageStatusValue,
    attempts: z.number().int(),
    transport: z.string().nullable().describe('smtp, http or dev, once an attempt finished'),
    providerMessageId: z.string().nullable(),
    lastError: z.string().nullable(),
    accountId: z.string().nullable(),
    mppId: z.string().nullable(),
    createdAt: Iso,
    nextAttemptAt: Iso.nullable().describe('When a waiting message is next tried'),
    deliveredAt: Iso.nullable(),
    failedAt: Iso.nullable(),
  })
  .meta({ id: 'NotificationMessageStatus' });
export type MessageStatus = z.infer<typeof MessageStatus>;

export const MessageIdParams = z.object({ id: z.uuid().describe('The outbox message id') });

/** A copy kept by the development channel (test mode, the dev transport, team mode's suppressed messages). */
export const DevMessage = z
  .object({
    id: z.uuid(),
    messageId: z.uuid(),
    channel: z.enum(['email', 'sms', 'whatsapp']),
    recipient: z.string(),
    subject: z.string().nullable(),
    body: z.string(),
    createdAt: Iso,
  })
  .meta({ id: 'DevMessage' });
export type DevMessage = z.infer<typeof DevMessage>;

export const DevMessageList = z.object({ items: z.array(DevMessage) });
export const DevMessagesQuery = z.object({
  to: z.string().max(254).optional().describe('Only messages to this email address or phone number'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
