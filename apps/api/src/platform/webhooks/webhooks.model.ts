import type { WebhookDeliveryStatus, WebhookEventType, WebhookPayload } from '@app/contracts';

/**
 * A piece of news a module announces, in its own transaction. `data` is public (no e-mail, phone or badge code):
 * it goes out as is. `organizationIds`, when given, limits it to the webhooks of those organizations (a forum's
 * registrations are news for its organizers only).
 */
export interface WebhookAnnouncement {
  type: WebhookEventType;
  organizationIds?: string[];
  data: Record<string, unknown>;
}

export interface WebhookRow {
  id: string;
  organizationId: string | null;
  url: string;
  eventTypes: WebhookEventType[];
  description: string | null;
  createdAt: Date;
}

export interface WebhookDeliveryRow {
  id: string;
  webhookId: string;
  announcementId: string;
  eventType: WebhookEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseCodes: number[];
  lastError: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
  deliveredAt: Date | null;
  redeliveryOf: string | null;
}

/** A delivery a worker has claimed, with what sending it needs. */
export interface ClaimedDelivery {
  id: string;
  attempts: number;
  eventType: WebhookEventType;
  payload: WebhookPayload;
  url: string;
  secret: string;
}
