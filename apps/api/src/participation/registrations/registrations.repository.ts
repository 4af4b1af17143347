import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preparedQuery, type Tx } from '@app/database';
import { BatchQueue, containsPattern } from '@app/common';
import type { Language, LocalizedText } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { RegistrationRole, RegistrationStatus } from './dto/registration.dto';
import { regionSubtree, searchMatches, Where } from '@app/database';

export interface RegistrationRow {
  id: string;
  eventId: string;
  personId: string;
  role: RegistrationRole;
  status: RegistrationStatus;
  badgeCode: string;
  waitlistPosition: number | null;
  createdBy: string | null;
  version: number;
  createdAt: Date;
  checkedInAt: Date | null;
  fullName: { kk: string; ru?: string };
  position: LocalizedText | null;
  organizationName: LocalizedText | null;
  regionCode: string | null;
  email: string | null;
  language: Language;
}

const SELECT = `
  SELECT r.id, r.event_id AS "eventId", r.person_id AS "personId", r.role, r.status, r.badge_code AS "badgeCode",
         CASE WHEN r.status = 'waitlisted' THEN (
           SELECT count(*)::int FROM registrations w
           WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND (w.waitlisted_at, w.id) <= (r.waitlisted_at, r.id))
         END AS "waitlistPosition",
         r.created_by AS "createdBy", r.version, r.created_at AS "createdAt",
         (SELECT c.at FROM check_ins c WHERE c.registration_id = r.id AND c.session_id IS NULL) AS "checkedInAt",
         p.full_name AS "fullName", p.position, o.name AS "organizationName",
         COALESCE(r.region_code, p.region_code) AS "regionCode", p.email, p.language
  FROM registrations r
  JOIN people p ON p.id = r.person_id
  LEFT JOIN organizations o ON o.id = COALESCE(r.organization_id, p.organization_id)`;

/** One registration to decide. */
export interface AdmitValues {
  eventId: string;
  eventVersion: number;
  personId: string;
  role: RegistrationRole;
  pending: boolean;
  badgeCode: string;
  createdBy: string;
  idempotencyKey: string | null;
}

export interface AdmitOutcome {
  eventFresh: boolean;
  personFound: boolean;
  row: RegistrationRow | null;
}

/** Registrations of one event decided in one statement, one lock and one commit (a rush at opening time). */
const ADMIT_BATCH_MAX = 100;

@Injectable()
export class RegistrationsRepository {
  /** Registrations waiting for their event's next batch, by event: see `admit`. */
  private readonly admissions = new Map<string, BatchQueue<AdmitValues, AdmitOutcome>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  manager(): Tx {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, manager: Tx = this.dataSource.manager): Promise<RegistrationRow | undefined> {
    const rows: RegistrationRow[] = await manager.query(`${SELECT} WHERE r.id = $1`, [id]);
    return rows[0];
  }

  async findByIdempotencyKey(eventId: string, userId: string, key: string): Promise<RegistrationRow | undefined> {
    const rows: RegistrationRow[] = await this.dataSource.query(
      `${SELECT} WHERE r.event_id = $1 AND r.created_by = $2 AND r.idempotency_key = $3`,
      [eventId, userId, key],
    );
    return rows[0];
  }

  /**
   * The registration in one round trip (`registration_admit`, see its migration): under the
   * event's lock, registered while seats are left, else waitlisted (or pending when `pending`),
   * with the notice for the mail worker. `eventFresh` is false when the event is no longer at
   * `eventVersion` (changed or gone): nothing was written. A person with an active
   * registration here gets none (`row` null); an unknown person neither (`personFound` false).
   * Registrations of the event that arrive meanwhile go together, in order, in one transaction
   * (migration RegistrationAdmitBatch).
   */
  admit(values: AdmitValues): Promise<AdmitOutcome> {
    let queue = this.admissions.get(values.eventId);
    if (!queue) {
      const eventId = values.eventId;
      // One batch of an event at a time: a second would only wait for the event's row lock.
      const created = new BatchQueue<AdmitValues, AdmitOutcome>((items) => this.admitBatch(eventId, items), {
        concurrency: 1,
        maxSize: ADMIT_BATCH_MAX,
        // A retry with the same Idempotency-Key finds the first attempt's registration, alone.
        keys: (v) => [v.idempotencyKey && `${v.createdBy}|${v.idempotencyKey}`],
        onIdle: () => {
          if (this.admissions.get(eventId) === created) {
            this.admissions.delete(eventId);
          }
        },
      });
      queue = created;
      this.admissions.set(eventId, queue);
    }
    return queue.push(values);
  }

  private async admitBatch(eventId: string, items: AdmitValues[]): Promise<AdmitOutcome[]> {
    const rows = await preparedQuery<RegistrationRow & { ord: number; eventFresh: boolean; personFound: boolean }>(
      this.dataSource,
      'registration-admit-batch',
      `SELECT * FROM registration_admit_batch($1, $2, $3, $4, $5, $6, $7, $8) ORDER BY ord`,
      [
        eventId,
        items.map((v) => v.eventVersion),
        items.map((v) => v.personId),
        items.map((v) => v.role),
        items.map((v) => v.pending),
        items.map((v) => v.badgeCode),
        items.map((v) => v.createdBy),
        items.map((v) => v.idempotencyKey),
      ],
    );
    return rows.map(({ ord: _ord, eventFresh, personFound, ...row }) => ({
      eventFresh,
      personFound,
      row: row.id ? row : null,
    }));
  }

  async countRegistered(manager: Tx, eventId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM registrations WHERE event_id = $1 AND status = 'registered'`,
      [eventId],
    );
    return rows[0].n;
  }

  async setStatus(manager: Tx, id: string, status: RegistrationStatus): Promise<void> {
    await manager.query(
      `UPDATE registrations SET status = $2::varchar,
         waitlisted_at = CASE WHEN $2::varchar = 'waitlisted' THEN COALESCE(waitlisted_at, clock_timestamp()) END,
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, status],
    );
  }

  /** The first `count` people in line, in arrival order (the caller holds the event lock). */
  async firstWaitlisted(manager: Tx, eventId: string, count: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM registrations WHERE event_id = $1 AND status = 'waitlisted' ORDER BY waitlisted_at, id LIMIT $2`,
      [eventId, count],
    );
    return rows.map((r) => r.id);
  }

  async list(
    eventId: string,
    filter: {
      status?: RegistrationStatus;
      role?: RegistrationRole;
      region?: string;
      q?: string;
      limit: number;
      offset: number;
    },
  ): Promise<{ rows: RegistrationRow[]; total: number }> {
    const where = new Where(eventId)
      .add('r.event_id = $1')
      .when(filter.status, (p) => `r.status = ${p}`)
      .when(filter.role, (p) => `r.role = ${p}`)
      .when(filter.region, (p) => regionSubtree('p.region_code', p))
      .when(filter.q && containsPattern(filter.q), (p) => searchMatches('p.search_text', p));
    const rows: (RegistrationRow & { total: string })[] = await this.dataSource.query(
      `SELECT x.*, count(*) OVER () AS total FROM (${SELECT} WHERE ${where.sql()}) x
       ORDER BY (x."fullName"->>'kk') COLLATE "kk-KZ-x-icu", x.id
       LIMIT ${where.param(filter.limit)} OFFSET ${where.param(filter.offset)}`,
      where.params,
    );
    return { rows: rows.map(({ total: _t, ...row }) => row), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async findByInvitationHash(manager: Tx, hash: Buffer): Promise<RegistrationRow | undefined> {
    const rows: RegistrationRow[] = await manager.query(`${SELECT} WHERE r.invitation_token_hash = $1`, [hash]);
    return rows[0];
  }

  /** People picked by list, organization or region subtree (and category), without an active registration here. */
  async invitees(
    eventId: string,
    pick: { personIds?: string[]; organizationId?: string; regionCode?: string; category?: string },
  ): Promise<{ personId: string; fullName: { kk: string; ru?: string }; active: boolean }[]> {
    const where = new Where(eventId)
      .when(pick.personIds?.length ? pick.personIds : undefined, (p) => `p.id = ANY(${p}::uuid[])`)
      .when(pick.organizationId, (p) => `p.organization_id = ${p}`)
      .when(pick.regionCode, (p) => regionSubtree('p.region_code', p))
      .when(pick.category, (p) => `p.category = ${p}`);
    return this.dataSource.query(
      `SELECT p.id AS "personId", p.full_name AS "fullName",
              EXISTS (SELECT 1 FROM registrations r WHERE r.event_id = $1 AND r.person_id = p.id
                      AND r.status IN ('invited', 'pending', 'registered', 'waitlisted')) AS active
       FROM people p WHERE ${where.sql()}
       ORDER BY p.sort_name COLLATE "kk-KZ-x-icu", p.id`,
      where.params,
    );
  }

  async insertInvitations(
    manager: Tx,
    eventId: string,
    invitations: { personId: string; role: RegistrationRole; badgeCode: string; tokenHash: Buffer }[],
    createdBy: string,
  ): Promise<{ id: string; personId: string }[]> {
    if (invitations.length === 0) {
      return [];
    }
    return manager.query(
      `INSERT INTO registrations (event_id, person_id, role, status, badge_code, invitation_token_hash, created_by)
       SELECT $1, x.person_id, x.role, 'invited', x.badge_code, decode(x.token_hash, 'hex'), $2
       FROM jsonb_to_recordset($3::jsonb) AS x(person_id uuid, role text, badge_code text, token_hash text)
       ON CONFLICT DO NOTHING
       RETURNING id, person_id AS "personId"`,
      [
        eventId,
        createdBy,
        JSON.stringify(
          invitations.map((i) => ({
            person_id: i.personId,
            role: i.role,
            badge_code: i.badgeCode,
            token_hash: i.tokenHash.toString('hex'),
          })),
        ),
      ],
    );
  }

  async markResponded(manager: Tx, id: string): Promise<void> {
    await manager.query(`UPDATE registrations SET responded_at = now() WHERE id = $1`, [id]);
  }

  /** The events a person is invited to, registered for, awaiting approval of or waiting for a seat at. */
  async activeEventIdsOf(personId: string): Promise<string[]> {
    const rows: { eventId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT event_id AS "eventId" FROM registrations
       WHERE person_id = $1 AND status IN ('invited', 'pending', 'registered', 'waitlisted')`,
      [personId],
    );
    return rows.map((r) => r.eventId);
  }

  listForPerson(personId: string): Promise<RegistrationRow[]> {
    return this.dataSource.query(`${SELECT} WHERE r.person_id = $1 ORDER BY r.created_at DESC`, [personId]);
  }

  /** The events, among these, where the person holds a registration (a seat, not a waitlist place or an invitation). */
  async registeredEvents(personId: string, eventIds: string[]): Promise<string[]> {
    const rows: { eventId: string }[] = await this.dataSource.query(
      `SELECT event_id AS "eventId" FROM registrations
       WHERE person_id = $1 AND event_id = ANY($2::uuid[]) AND status = 'registered'`,
      [personId, eventIds],
    );
    return rows.map((row) => row.eventId);
  }
}
