import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import type { WebhookEventType, WebhookPayload } from '@app/contracts';
import type { ClaimedDelivery, WebhookDeliveryRow, WebhookRow } from './webhooks.model';

const WEBHOOK = `id, organization_id AS "organizationId", url, event_types AS "eventTypes", description,
  created_at AS "createdAt"`;
const DELIVERY = `id, webhook_id AS "webhookId", announcement_id AS "announcementId", event_type AS "eventType", status,
  attempts, response_codes AS "responseCodes", last_error AS "lastError", next_attempt_at AS "nextAttemptAt",
  created_at AS "createdAt", delivered_at AS "deliveredAt", redelivery_of AS "redeliveryOf"`;

/** Webhooks and their outbox. Claims use FOR UPDATE SKIP LOCKED under a lease: instances never take the same one. */
@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async organizationExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM organizations WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async insert(values: {
    organizationId: string | null;
    url: string;
    eventTypes: WebhookEventType[];
    description: string | null;
    secret: string;
    createdBy: string;
  }): Promise<WebhookRow> {
    const [row]: WebhookRow[] = await this.dataSource.query(
      `INSERT INTO webhooks (organization_id, url, event_types, description, secret, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${WEBHOOK}`,
      [values.organizationId, values.url, values.eventTypes, values.description, values.secret, values.createdBy],
    );
    return row;
  }

  list(): Promise<WebhookRow[]> {
    return this.dataSource.query(`SELECT ${WEBHOOK} FROM webhooks ORDER BY created_at, id`);
  }

  async findById(id: string): Promise<WebhookRow | undefined> {
    const rows: WebhookRow[] = await this.dataSource.query(`SELECT ${WEBHOOK} FROM webhooks WHERE id = $1`, [id]);
    return rows[0];
  }

  async delete(id: string): Promise<boolean> {
    const [, affected]: [unknown[], number] = await this.dataSource.query(`DELETE FROM webhooks WHERE id = $1`, [id]);
    return affected > 0;
  }

  /** One delivery per webhook that wants this news, in the caller's transaction (one statement). */
  async fanOut(manager: Tx | undefined, payload: WebhookPayload, organizationIds: string[] | null): Promise<void> {
    await (manager ?? this.dataSource).query(
      `INSERT INTO webhook_deliveries (webhook_id, announcement_id, event_type, payload)
       SELECT w.id, $1, $2, $3::jsonb FROM webhooks w
       WHERE $2 = ANY (w.event_types) AND ($4::uuid[] IS NULL OR w.organization_id = ANY ($4::uuid[]))`,
      [payload.id, payload.type, JSON.stringify(payload), organizationIds],
    );
  }

  deliveries(webhookId: string, limit: number, offset: number): Promise<WebhookDeliveryRow[]> {
    return this.dataSource.query(
      `SELECT ${DELIVERY} FROM webhook_deliveries WHERE webhook_id = $1
       ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [webhookId, limit, offset],
    );
  }

  /** A new delivery of the same news (the same payload and id) to the same webhook, due now. */
  async redeliver(id: string): Promise<WebhookDeliveryRow | undefined> {
    const rows: WebhookDeliveryRow[] = await this.dataSource.query(
      `INSERT INTO webhook_deliveries (webhook_id, announcement_id, event_type, payload, redelivery_of)
       SELECT webhook_id, announcement_id, event_type, payload, id FROM webhook_deliveries WHERE id = $1
       RETURNING ${DELIVERY}`,
      [id],
    );
    return rows[0];
  }

  /** Due deliveries, and those whose worker's lease ran out (it stopped mid-way), counted as a new attempt. */
  async claim(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    const [rows]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM webhook_deliveries
         WHERE status IN ('pending', 'delivering') AND next_attempt_at <= now()
           AND (status = 'pending' OR locked_until < now())
         ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
       UPDATE webhook_deliveries d
       SET status = 'delivering', attempts = d.attempts + 1, locked_until = now() + make_interval(secs => $2)
       FROM due, webhooks w WHERE d.id = due.id AND w.id = d.webhook_id
       RETURNING d.id, d.attempts, d.event_type AS "eventType", d.payload, w.url, w.secret`,
      [limit, leaseSeconds],
    );
    return rows;
  }

  async markDelivered(id: string, statusCode: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'delivered', response_codes = response_codes || $2::int,
         delivered_at = now(), locked_until = NULL, last_error = NULL
       WHERE id = $1`,
      [id, statusCode],
    );
  }

  /** A failed attempt: due again after `retryMs`, or `failed` for good when that is null. */
  async markFailed(id: string, statusCode: number | null, error: string, retryMs: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries
       SET status = CASE WHEN $4::int IS NULL THEN 'failed' ELSE 'pending' END,
         response_codes = CASE WHEN $2::int IS NULL THEN response_codes ELSE response_codes || $2::int END,
         last_error = left($3, 500), locked_until = NULL,
         next_attempt_at = now() + make_interval(secs => COALESCE($4::int, 0) / 1000.0)
       WHERE id = $1`,
      [id, statusCode, error, retryMs],
    );
  }
}
