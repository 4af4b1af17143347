import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preparedQuery } from '@app/database';
import type { LocalizedText } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { EventQuorum } from '../../forum/events/events.model';
import { AttendanceCache } from './attendance.cache';
import type { GroupCount, RegionCount } from './attendance.model';
import { presenceCtes } from './quorum-presence';

/**
 * The attendance report and the quorum counts, computed in SQL: one query per grouping, however many
 * participants.
 */
@Injectable()
export class AttendanceRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: AttendanceCache,
  ) {}

  async totals(eventId: string): Promise<{ registered: number; checkedIn: number }> {
    const rows: { registered: number; checkedIn: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS registered, count(c.id)::int AS "checkedIn"
       FROM registrations r LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1 AND r.status = 'registered'`,
      [eventId],
    );
    return rows[0];
  }

  /**
   * Registered and present people counted at every level of the region tree above them, and
   * those without a region (the row with a null code). The database counts once per region;
   * the counts are then spread along each region's path here, over a copy of the region tree
   * kept for a few seconds (and read again at once when a region is missing from it), so the
   * work under load is one grouped scan of the event's registrations.
   */
  async byRegion(
    eventId: string,
  ): Promise<{ regions: RegionCount[]; none: { registered: number; checkedIn: number } }> {
    const counts = await preparedQuery<{ code: string | null; registered: number; present: number }>(
      this.dataSource,
      'attendance-by-region',
      `SELECT COALESCE(r.region_code, p.region_code) AS code, count(*)::int AS registered, count(c.id)::int AS present
       FROM registrations r
       JOIN people p ON p.id = r.person_id
       LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1 AND r.status = 'registered'
       GROUP BY COALESCE(r.region_code, p.region_code)`,
      [eventId],
    );
    let tree = await this.cache.regionTree();
    if (counts.some((row) => row.code !== null && !tree.has(row.code))) {
      tree = await this.cache.regionTree(true);
    }
    const nodes = new Map<string, { registered: number; checkedIn: number }>();
    const none = { registered: 0, checkedIn: 0 };
    for (const row of counts) {
      const region = row.code === null ? undefined : tree.get(row.code);
      for (const code of region?.path ?? []) {
        const node = nodes.get(code) ?? { registered: 0, checkedIn: 0 };
        node.registered += row.registered;
        node.checkedIn += row.present;
        nodes.set(code, node);
      }
      if (!region) {
        none.registered += row.registered;
        none.checkedIn += row.present;
      }
    }
    const regions: RegionCount[] = [];
    for (const [code, node] of nodes) {
      const region = tree.get(code);
      if (region) {
        const { name, level, parentCode, childCount } = region;
        regions.push({ code, name, level, parentCode, childCount, ...node });
      }
    }
    return { regions, none };
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
      `SELECT o.id AS key, o.name AS label, count(*)::int AS registered, count(c.id)::int AS "checkedIn"
       FROM registrations r JOIN people p ON p.id = r.person_id
       LEFT JOIN organizations o ON o.id = COALESCE(r.organization_id, p.organization_id)
       LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1 AND r.status = 'registered'
       GROUP BY o.id, o.name ORDER BY registered DESC`,
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
   * Voting members and how many are present, for the event and for each session (not breaks), by the one
   * rule of presence (see quorum-presence.ts), judged at `at` (now when null). Members are the registered
   * participants of the quorum's roles (a session's own roles override the event's), or all of them when no
   * roles are set.
   */
  async quorumCounts(
    eventId: string,
    eventRoles: string[] | null,
    at: Date | null = null,
  ): Promise<{ sessionId: string | null; members: number; present: number; quorum: EventQuorum | null }[]> {
    return this.dataSource.query(
      `WITH regs AS (
         SELECT r.id, r.role FROM registrations r WHERE r.event_id = $1 AND r.status = 'registered'
       ), by_role AS (
         SELECT role, count(*) AS n FROM regs GROUP BY role
       ), ${presenceCtes('$1', '$3')}, present AS (
         SELECT pr.session_id, regs.role, count(*) AS n
         FROM presence pr JOIN regs ON regs.id = pr.registration_id GROUP BY pr.session_id, regs.role
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
      [eventId, eventRoles ? JSON.stringify(eventRoles) : null, at],
    );
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
      `SELECT p.full_name AS "fullName", p.position, o.name AS organization, g.code AS "regionCode", g.name AS region,
              r.role, r.status, c.at AS "checkedInAt"
       FROM registrations r JOIN people p ON p.id = r.person_id
       LEFT JOIN organizations o ON o.id = COALESCE(r.organization_id, p.organization_id)
       LEFT JOIN regions g ON g.code = COALESCE(r.region_code, p.region_code)
       LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1
       ORDER BY g.path NULLS LAST, p.sort_name COLLATE "kk-KZ-x-icu"`,
      [eventId],
    );
  }
}
