import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preparedQuery } from '@app/database';
import { BatchQueue } from '@app/common';
import { DataSource } from 'typeorm';
import type { AdmitResult, AdmitValues, CheckInRow, ClientResult } from './attendance.model';

/** The statement differs by what identifies the person and by what they are admitted to. */
type AdmitVariant = `${'badge' | 'id'}:${'session' | 'event'}`;

/**
 * Check-in statements running at once (of each kind), and scans in one. A few keep the database
 * busy while the app answers the previous batches (measured: 4 a little ahead of 1 and 2); many
 * more would only queue in the pool.
 */
const ADMIT_CONCURRENCY = 4;
const ADMIT_BATCH_MAX = 64;

/** Check-ins: the batched check-in statement and the reads its answers need. */
@Injectable()
export class CheckInsRepository {
  /** One queue per statement variant: see `admit`. */
  private readonly admissions = new Map<AdmitVariant, BatchQueue<AdmitValues, AdmitResult>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sessionBelongs(eventId: string, sessionId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM sessions WHERE id = $1 AND event_id = $2`, [
      sessionId,
      eventId,
    ]);
    return rows.length > 0;
  }

  /**
   * A check-in: the clientId's earlier answer if any (then nothing else happens); else the
   * registration behind the badge or id and, when registered, its check-in, once per
   * registration (and session). A repeat scan writes nothing unless it is earlier (an offline
   * device that synced late still tells when the person really came: the earliest time is
   * kept). The clientId is remembered only for a new check-in or a refusal; a repeat answers
   * `already_checked_in` again anyway.
   *
   * Scans that arrive together go to the database together: one statement and one commit for
   * all of them (see BatchQueue), which is what lets a door of many scanners keep up.
   */
  admit(values: AdmitValues): Promise<AdmitResult> {
    const variant: AdmitVariant = `${values.badgeCode ? 'badge' : 'id'}:${values.sessionId ? 'session' : 'event'}`;
    let queue = this.admissions.get(variant);
    if (!queue) {
      queue = new BatchQueue((items) => this.admitBatch(variant, items), {
        concurrency: ADMIT_CONCURRENCY,
        maxSize: ADMIT_BATCH_MAX,
        // Scans of one registration (and session) or one clientId run one after the other: an
        // upsert may touch a row once per statement, and the later scan must see the earlier one.
        keys: (v) => [
          `${v.eventId}|${v.badgeCode ?? v.registrationId}|${v.sessionId}`,
          v.clientId && `${v.eventId}|${v.clientId}`,
        ],
      });
      this.admissions.set(variant, queue);
    }
    return queue.push(values);
  }

  private async admitBatch(variant: AdmitVariant, items: AdmitValues[]): Promise<AdmitResult[]> {
    const [lookup, scope] = variant.split(':');
    const byLookup = lookup === 'badge' ? 'r.badge_code = i.lookup' : 'r.id = i.lookup::uuid';
    const ofSession = scope === 'session' ? 'c.session_id = i.session_id' : 'c.session_id IS NULL';
    const conflict =
      scope === 'session'
        ? '(registration_id, session_id) WHERE session_id IS NOT NULL'
        : '(registration_id) WHERE session_id IS NULL';
    // Rows are written in key order (registration, then clientId), as every instance writes them:
    // two batches that share people wait for each other instead of deadlocking.
    // One JSON value for the whole batch, its objects made by JSON.parse: rows built by the driver
    // came back all at once and lived until the batch was answered, so V8 started allocating them
    // in the old generation, where every burst left tens of MB of garbage until a full collection.
    const [{ results }] = await preparedQuery<{ results: AdmitResult[] }>(
      this.dataSource,
      `check-in:${variant}`,
      `WITH items AS (
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::timestamptz[], $6::varchar[], $7::uuid[])
           WITH ORDINALITY AS t(event_id, client_id, lookup, session_id, at, device_id, recorded_by, ord)
       ), previous AS (
         SELECT i.ord, k.status, k.code, k.check_in_id AS "checkInId", c.at, c.registration_id AS "registrationId",
                (SELECT p.full_name FROM registrations r JOIN people p ON p.id = r.person_id
                 WHERE r.id = c.registration_id) AS "fullName"
         FROM items i CROSS JOIN LATERAL (
           -- One row at most (the key is unique); the LIMIT keeps it one index lookup per scan,
           -- where a join read all of check_in_clients (a third of the statement at 2,300 rows).
           SELECT k.status, k.code, k.check_in_id FROM check_in_clients k
           WHERE k.event_id = i.event_id AND k.client_id = i.client_id LIMIT 1
         ) k
         LEFT JOIN check_ins c ON c.id = k.check_in_id
       ), reg AS (
         SELECT i.ord, r.id, r.status, p.full_name
         FROM items i JOIN registrations r ON r.event_id = i.event_id AND ${byLookup}
         JOIN people p ON p.id = r.person_id
         WHERE NOT EXISTS (SELECT 1 FROM previous WHERE previous.ord = i.ord)
       ), existing AS (
         SELECT reg.ord, c.id, c.at
         FROM reg JOIN items i USING (ord) JOIN check_ins c ON c.registration_id = reg.id AND ${ofSession}
         WHERE reg.status = 'registered'
       ), inserted AS (
         INSERT INTO check_ins AS c (event_id, registration_id, session_id, at, device_id, recorded_by)
         SELECT i.event_id, reg.id, i.session_id, i.at, i.device_id, i.recorded_by FROM reg JOIN items i USING (ord)
         WHERE reg.status = 'registered' AND NOT EXISTS (SELECT 1 FROM existing x WHERE x.ord = reg.ord AND x.at <= i.at)
         ORDER BY reg.id, i.session_id
         ON CONFLICT ${conflict} DO UPDATE SET at = EXCLUDED.at WHERE c.at > EXCLUDED.at
         RETURNING c.id, c.registration_id, c.session_id, c.at, (c.xmax = 0) AS fresh
       ), answered AS (
         SELECT i.ord, i.event_id, i.client_id, pr.ord IS NOT NULL AS replay,
                reg.id AS reg_id, reg.status AS reg_status, reg.full_name,
                n.id AS new_id, n.at AS new_at, n.fresh, x.id AS old_id, x.at AS old_at
         FROM items i LEFT JOIN previous pr USING (ord) LEFT JOIN reg USING (ord)
         LEFT JOIN inserted n ON n.registration_id = reg.id AND n.session_id IS NOT DISTINCT FROM i.session_id
         LEFT JOIN existing x ON x.ord = i.ord
       ), client AS (
         INSERT INTO check_in_clients (event_id, client_id, check_in_id, status, code)
         SELECT * FROM (
           SELECT a.event_id, a.client_id, a.new_id, 'checked_in', NULL FROM answered a
           WHERE a.fresh AND a.client_id IS NOT NULL
           UNION ALL
           SELECT a.event_id, a.client_id, NULL, 'rejected', CASE WHEN a.reg_id IS NULL THEN 'BADGE_UNKNOWN' ELSE 'NOT_ADMITTED' END
           FROM answered a WHERE a.client_id IS NOT NULL AND NOT a.replay AND a.reg_status IS DISTINCT FROM 'registered'
         ) AS k (event_id, client_id, check_in_id, status, code)
         ORDER BY k.event_id, k.client_id
         ON CONFLICT DO NOTHING
         RETURNING event_id, client_id
       )
       SELECT json_agg(json_build_object(
                'previous', (SELECT row_to_json(pr) FROM previous pr WHERE pr.ord = a.ord),
                'registrationId', a.reg_id, 'registrationStatus', a.reg_status, 'fullName', a.full_name,
                'checkIn', CASE WHEN COALESCE(a.new_id, a.old_id) IS NOT NULL
                           THEN json_build_object('id', COALESCE(a.new_id, a.old_id), 'at', COALESCE(a.new_at, a.old_at)) END,
                'fresh', COALESCE(a.fresh, false),
                'clientStored', EXISTS (SELECT 1 FROM client k WHERE k.event_id = a.event_id AND k.client_id = a.client_id)
              ) ORDER BY a.ord) AS results
       FROM answered a`,
      [
        items.map((v) => v.eventId),
        items.map((v) => v.clientId),
        items.map((v) => v.badgeCode ?? v.registrationId),
        items.map((v) => v.sessionId),
        items.map((v) => v.at),
        items.map((v) => v.deviceId),
        items.map((v) => v.recordedBy),
      ],
    );
    return results;
  }

  /** The check-in of a registration (and session), for the rare answer a concurrent request recorded. */
  async findCheckIn(registrationId: string, sessionId: string | null): Promise<CheckInRow | undefined> {
    const rows: CheckInRow[] = await this.dataSource.query(
      `SELECT id, at FROM check_ins WHERE registration_id = $1 AND session_id IS NOT DISTINCT FROM $2::uuid`,
      [registrationId, sessionId],
    );
    return rows[0];
  }

  async clientResult(eventId: string, clientId: string): Promise<ClientResult | undefined> {
    const rows: ClientResult[] = await this.dataSource.query(
      `SELECT k.status, k.code, k.check_in_id AS "checkInId", c.at, c.registration_id AS "registrationId"
       FROM check_in_clients k LEFT JOIN check_ins c ON c.id = k.check_in_id
       WHERE k.event_id = $1 AND k.client_id = $2`,
      [eventId, clientId],
    );
    return rows[0];
  }

  async registrationName(registrationId: string): Promise<{ kk: string; ru?: string } | undefined> {
    const rows: { fullName: { kk: string; ru?: string } }[] = await this.dataSource.query(
      `SELECT p.full_name AS "fullName" FROM registrations r JOIN people p ON p.id = r.person_id WHERE r.id = $1`,
      [registrationId],
    );
    return rows[0]?.fullName;
  }
}
