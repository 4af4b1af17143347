import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText, RegionLevel } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventQuorum } from '../events/events.repository';

export interface AdmissionRow {
  id: string;
  status: string;
  role: string;
  fullName: { kk: string; ru?: string };
}

export interface CheckInRow {
  id: string;
  at: Date;
  inserted: boolean;
}

export interface ClientResult {
  status: string;
  code: string | null;
  checkInId: string | null;
  at: Date | null;
  registrationId: string | null;
}

export interface RegionCount {
  code: string;
  name: LocalizedText;
  level: RegionLevel;
  parentCode: string | null;
  childCount: number;
  registered: number;
  checkedIn: number;
}

export interface GroupCount {
  key: string | null;
  label: LocalizedText | string | null;
  registered: number;
  checkedIn: number;
}

/**
 * Check-ins and the attendance report. The report is computed in SQL: one query per
 * grouping, however many participants.
 */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findRegistration(
    manager: EntityManager,
    eventId: string,
    by: { badgeCode?: string; id?: string },
  ): Promise<AdmissionRow | undefined> {
    const rows: AdmissionRow[] = await manager.query(
      `SELECT r.id, r.status, r.role, p.full_name AS "fullName"
       FROM registrations r JOIN people p ON p.id = r.person_id
       WHERE r.event_id = $1 AND ${by.badgeCode ? 'r.badge_code = $2' : 'r.id = $2'}`,
      [eventId, by.badgeCode ? by.badgeCode.trim().toUpperCase() : by.id],
    );
    return rows[0];
  }

  async sessionBelongs(manager: EntityManager, eventId: string, sessionId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM sessions WHERE id = $1 AND event_id = $2`, [
      sessionId,
      eventId,
    ]);
    return rows.length > 0;
  }

  /**
   * Records a check-in once per registration (and session). A repeat keeps the earliest
   * time: an offline device that synced late still tells when the person really came.
   */
  async upsertCheckIn(
    manager: EntityManager,
    values: {
      eventId: string;
      registrationId: string;
      sessionId: string | null;
      at: Date;
      deviceId: string | null;
      recordedBy: string;
    },
  ): Promise<CheckInRow> {
    const conflict = values.sessionId
      ? '(registration_id, session_id) WHERE session_id IS NOT NULL'
      : '(registration_id) WHERE session_id IS NULL';
    const rows: CheckInRow[] = await manager.query(
      `INSERT INTO check_ins (event_id, registration_id, session_id, at, device_id, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ${conflict} DO UPDATE SET at = LEAST(check_ins.at, EXCLUDED.at)
       RETURNING id, at, (xmax = 0) AS inserted`,
      [values.eventId, values.registrationId, values.sessionId, values.at, values.deviceId, values.recordedBy],
    );
    return rows[0];
  }

  async clientResult(manager: EntityManager, eventId: string, clientId: string): Promise<ClientResult | undefined> {
    const rows: ClientResult[] = await manager.query(
      `SELECT k.status, k.code, k.check_in_id AS "checkInId", c.at, c.registration_id AS "registrationId"
       FROM check_in_clients k LEFT JOIN check_ins c ON c.id = k.check_in_id
       WHERE k.event_id = $1 AND k.client_id = $2`,
      [eventId, clientId],
    );
    return rows[0];
  }

  /** Remembers what a clientId got; false when another request stored it first. */
  async saveClientResult(
    manager: EntityManager,
    eventId: string,
    clientId: string,
    result: { status: string; code: string | null; checkInId: string | null },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO check_in_clients (event_id, client_id, check_in_id, status, code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [eventId, clientId, result.checkInId, result.status, result.code],
    );
    return rows.length > 0;
  }

  async totals(eventId: string): Promise<{ registered: number; checkedIn: number }> {
    const rows: { registered: number; checkedIn: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS registered, count(c.id)::int AS "checkedIn"
       FROM registrations r LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1 AND r.status = 'registered'`,
      [eventId],
    );
    return rows[0];
  }

  /** Registered and present people counted at every level of the region tree above them. */
  byRegion(eventId: string): Promise<RegionCount[]> {
    return this.dataSource.query(
      `WITH regs AS (
         SELECT p.region_code, (c.id IS NOT NULL) AS present
         FROM registrations r
         JOIN people p ON p.id = r.person_id
         LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
         WHERE r.event_id = $1 AND r.status = 'registered' AND p.region_code IS NOT NULL
       ), nodes AS (
         SELECT unnest(string_to_array(g.path, '/')) AS code, regs.present
         FROM regs JOIN regions g ON g.code = regs.region_code
       )
       SELECT n.code, g.name, g.level, g.parent_code AS "parentCode",
              (SELECT count(*)::int FROM regions k WHERE k.parent_code = n.code) AS "childCount",
              count(*)::int AS registered, count(*) FILTER (WHERE n.present)::int AS "checkedIn"
       FROM nodes n JOIN regions g ON g.code = n.code
       GROUP BY n.code, g.name, g.level, g.parent_code`,
      [eventId],
    );
  }

  async withoutRegion(eventId: string): Promise<{ registered: number; checkedIn: number }> {
    const rows: { registered: number; checkedIn: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS registered, count(c.id)::int AS "checkedIn"
       FROM registrations r JOIN people p ON p.id = r.person_id
       LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1 AND r.status = 'registered' AND p.region_code IS NULL`,
      [eventId],
    );
    return rows[0];
  }

  byRole(eventId: string): Promise<GroupCount[]> {
    return this.dataSource.query(
      `SELECT r.role AS key, r.role AS label, count(*)::int AS registered, count(c.id)::int AS "checkedIn"
       FROM registrations r LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1 AND r.status = 'registered'
       GROUP BY r.role ORDER BY registered DESC, r.role`,
      [eventId],
    );
  }

  byOrganization(eventId: string): Promise<GroupCount[]> {
    return this.dataSource.query(
      `SELECT p.organization_id AS key, o.name AS label, count(*)::int AS registered, count(c.id)::int AS "checkedIn"
       FROM registrations r JOIN people p ON p.id = r.person_id
       LEFT JOIN organizations o ON o.id = p.organization_id
       LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1 AND r.status = 'registered'
       GROUP BY p.organization_id, o.name ORDER BY registered DESC`,
      [eventId],
    );
  }

  /** Per session: who was checked in to it (registered = the event's registered, until sign-ups exist). */
  bySession(eventId: string): Promise<GroupCount[]> {
    return this.dataSource.query(
      `SELECT s.id AS key, s.title AS label,
              (SELECT count(*)::int FROM registrations r WHERE r.event_id = $1 AND r.status = 'registered') AS registered,
              (SELECT count(*)::int FROM check_ins c JOIN registrations r ON r.id = c.registration_id AND r.status = 'registered'
               WHERE c.session_id = s.id) AS "checkedIn"
       FROM sessions s WHERE s.event_id = $1 AND s.kind <> 'break'
       ORDER BY s.starts_at, s.id`,
      [eventId],
    );
  }

  /**
   * Voting members and how many are present: for the event (check-ins at the door) and for
   * each session (check-ins to it). Members are the registered participants of the quorum's
   * roles (a session's own roles override the event's), or all of them when no roles are set.
   */
  async quorumCounts(
    eventId: string,
    eventRoles: string[] | null,
  ): Promise<{ sessionId: string | null; members: number; present: number; quorum: EventQuorum | null }[]> {
    // Check-ins are grouped once by session and role; each session then sums a handful of groups.
    return this.dataSource.query(
      `WITH regs AS (
         SELECT r.id, r.role FROM registrations r WHERE r.event_id = $1 AND r.status = 'registered'
       ), by_role AS (
         SELECT role, count(*) AS n FROM regs GROUP BY role
       ), present AS (
         SELECT c.session_id, regs.role, count(*) AS n
         FROM check_ins c JOIN regs ON regs.id = c.registration_id
         WHERE c.event_id = $1 GROUP BY c.session_id, regs.role
       ), cfg AS (
         SELECT NULL::uuid AS session_id, $2::jsonb AS roles, NULL::jsonb AS quorum, NULL::timestamptz AS starts_at
         UNION ALL
         SELECT s.id, COALESCE(s.quorum->'roles', $2::jsonb), s.quorum, s.starts_at
         FROM sessions s WHERE s.event_id = $1 AND s.kind <> 'break'
       )
       SELECT cfg.session_id AS "sessionId", cfg.quorum,
              (SELECT COALESCE(sum(b.n), 0)::int FROM by_role b
               WHERE cfg.roles IS NULL OR jsonb_array_length(cfg.roles) = 0 OR cfg.roles ? b.role) AS members,
              (SELECT COALESCE(sum(p.n), 0)::int FROM present p
               WHERE p.session_id IS NOT DISTINCT FROM cfg.session_id
                 AND (cfg.roles IS NULL OR jsonb_array_length(cfg.roles) = 0 OR cfg.roles ? p.role)) AS present
       FROM cfg ORDER BY cfg.starts_at NULLS FIRST`,
      [eventId, eventRoles ? JSON.stringify(eventRoles) : null],
    );
  }

  async anySessionQuorum(eventId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM sessions WHERE event_id = $1 AND quorum IS NOT NULL LIMIT 1`,
      [eventId],
    );
    return rows.length > 0;
  }

  /** Every registration with its check-in, for the CSV export. */
  exportRows(eventId: string): Promise<
    {
      fullName: { kk: string; ru?: string };
      position: LocalizedText | null;
      organization: LocalizedText | null;
      regionCode: string | null;
      region: LocalizedText | null;
      role: string;
      status: string;
      checkedInAt: Date | null;
    }[]
  > {
    return this.dataSource.query(
      `SELECT p.full_name AS "fullName", p.position, o.name AS organization, p.region_code AS "regionCode", g.name AS region,
              r.role, r.status, c.at AS "checkedInAt"
       FROM registrations r JOIN people p ON p.id = r.person_id
       LEFT JOIN organizations o ON o.id = p.organization_id
       LEFT JOIN regions g ON g.code = p.region_code
       LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1
       ORDER BY g.path NULLS LAST, p.sort_name COLLATE "kk-KZ-x-icu"`,
      [eventId],
    );
  }
}
