/** The kinds of news a webhook may subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  'event.published',
  'event.changed',
  'event.cancelled',
  'act.adopted',
  'registration.changed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The header that carries `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-akim-signature';
/** The header that carries the signing instant, in Unix seconds. */
export const WEBHOOK_TIMESTAMP_HEADER = 'x-akim-timestamp';

export type WebhookDeliveryStatus = 'pending' | 'delivering' | 'delivered' | 'failed';

/** The body of every delivery: `id` is the same for every webhook (and redelivery) of one piece of news. */
export interface WebhookPayload<T = Record<string, unknown>> {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: T;
}
