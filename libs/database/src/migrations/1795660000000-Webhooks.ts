import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks: an admin registers an organization's address and the kinds of news it wants; each piece of news is written
 * once per matching webhook into `webhook_deliveries`, in the transaction that made the news (an outbox of the mail
 * outbox's kind). Workers claim due deliveries with FOR UPDATE SKIP LOCKED under a lease, so instances never share one;
 * each attempt's HTTP status is kept in `response_codes`. The secret signs the body (HMAC-SHA256), so it is kept as
 * is: it is shown once to the admin and never again by the API.
 */
export class Webhooks1795660000000 implements MigrationInterface {
  name = 'Webhooks1795660000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE webhooks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
      url text NOT NULL CHECK (url ~ '^https?://'),
      event_types text[] NOT NULL CHECK (cardinality(event_types) > 0),
      description text,
      secret text NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX webhooks_event_types ON webhooks USING gin (event_types)`);
    await q.query(`CREATE TABLE webhook_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
      announcement_id uuid NOT NULL,
      event_type text NOT NULL,
      payload jsonb NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivering', 'delivered', 'failed')),
      attempts int NOT NULL DEFAULT 0,
      response_codes int[] NOT NULL DEFAULT '{}',
      last_error text,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      locked_until timestamptz,
      redelivery_of uuid REFERENCES webhook_deliveries(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      delivered_at timestamptz
    )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status IN ('pending', 'delivering')`,
    );
    await q.query(`CREATE INDEX webhook_deliveries_log ON webhook_deliveries (webhook_id, created_at DESC, id DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhooks`);
  }
}
