import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DatabaseNotices, preparedQuery } from '@app/database';
import { BatchQueue, ExpiringMap } from '@app/common';
import type { LocalizedText, RegionLevel } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { EventQuorum } from '../../forum/events/events.model';
import { presenceCtes } from './quorum-presence';

export interface AdmissionRow {
  id: string;
  status: string;
  role: string;
  fullName: { kk: string; ru?: string };
}

export interface CheckInRow {
  id: string;
  /** A Date, or its ISO text from the check-in statement's JSON. */
  at: Date | string;
}

/** An event as its check-ins and attendance report need it: who may see and admit, its zone, its quorum rules. */
export interface AttendanceEvent {
  id: string;
  timeZone: string;
  organizerIds: string[];
  quorum: EventQuorum | null;
  /** Some session of it sets a quorum of its own. */
  sessionQuorum: boolean;
}

/** One scan to record. */
export interface AdmitValues {
  eventId: string;
  clientId: string | null;
  /** One of the two: the badge's code (normalised) or the registration's id. */
  badgeCode: string | null;
  registrationId: string | null;
  sessionId: string | null;
  at: Date;
  deviceId: string | null;
  recordedBy: string;
}

/** The statement differs by what identifies the person and by what they are admitted to. */
type AdmitVariant = `${'badge' | 'id'}:${'session' | 'event'}`;

/** Everything the check-in statement found and did for one scan. */
export interface AdmitResult {
  /** What this clientId got before (a replay), with that registration's name. */
  previous: (ClientResult & { fullName: { kk: string; ru?: string } | null }) | null;
  registrationId: string | null;
  registrationStatus: string | null;
  fullName: { kk: string; ru?: string } | null;
  /** The check-in of this registration (and session), new or earlier; null when none is visible yet. */
  checkIn: CheckInRow | null;
  /** Recorded by this statement (else the person was checked in already). */
  fresh: boolean;
  /** The clientId was remembered by this statement. */
  clientStored: boolean;
}

export interface ClientResult {
  status: string;
  code: string | null;
  checkInId: string | null;
  /** A Date, or its ISO text from the check-in statement's JSON. */
  at: Date | string | null;
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
 * How long an event's zone, organizers and quorum rules are reused: a scan at the door then
 * costs one statement, a report one query. They are kept only while this instance hears the
 * database's change notices (migration EventChanges): a change made through any instance drops
 * the copy at its commit; the lifetime is a safety net behind them.
 */
const ATTENDANCE_EVENT_TTL_MS = 5_000;
const ATTENDANCE_EVENT_CACHE_MAX = 1_000;
/** Regions are renamed or added now and then by an administrator; kept like the events' rules. */
const REGION_TREE_TTL_MS = 5_000;
/** The channels migration EventChanges announces on. */
const EVENT_CHANGED = 'event_changed';
const REGIONS_CHANGED = 'regions_changed';
/**
 * Check-in statements running at once (of each kind), and scans in one. A few keep the database
 * busy while the app answers the previous batches (measured: 4 a little ahead of 1 and 2); many
 * more would only queue in the pool.
 */
const ADMIT_CONCURRENCY = 4;
const ADMIT_BATCH_MAX = 64;

interface RegionNode {
  name: LocalizedText;
  level: RegionLevel;
  parentCode: string | null;
  /** The codes from the top-level region down to this one. */
  path: string[];
  childCount: number;
}

/**
 * Check-ins and the attendance report. The report is computed in SQL: one query per
 * grouping, however many participants.
 */
@Injectable()
export class AttendanceRepository {
  private readonly attendanceEvents = new ExpiringMap<string, AttendanceEvent>(ATTENDANCE_EVENT_CACHE_MAX);
  private readonly regions = new ExpiringMap<'tree', Map<string, RegionNode>>(1);
  /** One queue per statement variant: see `admit`. */
  private readonly admissions = new Map<AdmitVariant, BatchQueue<AdmitValues, AdmitResult>>();

  /** Listening starts with the first read of what is kept: an app that never admits opens no connection. */
  private watchStarted = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: DatabaseNotices,
  ) {}

  attendanceEvent(eventId: string): Promise<AttendanceEvent | undefined> {
    this.watchChanges();
    return this.attendanceEvents.getOrLoad(eventId, async () => {
      const value = await this.readAttendanceEvent(eventId);
      return value && { value, until: this.keepUntil(EVENT_CHANGED, ATTENDANCE_EVENT_TTL_MS) };
    });
  }

  private watchChanges(): void {
    if (!this.watchStarted) {
      this.watchStarted = true;
      this.notices.subscribe(EVENT_CHANGED, {
        notice: (eventId) => this.attendanceEvents.delete(eventId),
        lost: () => this.attendanceEvents.clear(),
      });
      this.notices.subscribe(REGIONS_CHANGED, {
        notice: () => this.regions.delete('tree'),
        lost: () => this.regions.clear(),
      });
    }
  }

  /** Until when a value read now may be kept: not at all while the channel's notices would be missed. */
  private keepUntil(channel: string, ttlMs: number): number {
    return this.notices.listening(channel) ? Date.now() + ttlMs : 0;
  }

  private async readAttendanceEvent(eventId: string): Promise<AttendanceEvent | undefined> {
    const rows = await preparedQuery<AttendanceEvent>(
      this.dataSource,
      'attendance-event',
      `SELECT e.id, e.time_zone AS "timeZone", e.quorum,
              ARRAY(SELECT eo.organization_id FROM event_organizers eo WHERE eo.event_id = e.id) AS "organizerIds",
              EXISTS (SELECT 1 FROM sessions s WHERE s.event_id = e.id AND s.quorum IS NOT NULL) AS "sessionQuorum"
       FROM events e WHERE e.id = $1`,
      [eventId],
    );
    return rows[0];
  }

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
      `SELECT p.region_code AS code, count(*)::int AS registered, count(c.id)::int AS present
       FROM registrations r
       JOIN people p ON p.id = r.person_id
       LEFT JOIN check_ins c ON c.registration_id = r.id AND c.session_id IS NULL
       WHERE r.event_id = $1 AND r.status = 'registered'
       GROUP BY p.region_code`,
      [eventId],
    );
    let tree = await this.regionTree();
    if (counts.some((row) => row.code !== null && !tree.has(row.code))) {
      tree = await this.regionTree(true);
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

  /** The region tree: name, level, parent, path from the top and number of children, by code. */
  private async regionTree(fresh = false): Promise<Map<string, RegionNode>> {
    if (fresh) {
      this.regions.delete('tree');
    }
    this.watchChanges();
    const tree = await this.regions.getOrLoad('tree', async () => ({
      value: await this.readRegionTree(),
      until: this.keepUntil(REGIONS_CHANGED, REGION_TREE_TTL_MS),
    }));
    return tree!;
  }

  private async readRegionTree(): Promise<Map<string, RegionNode>> {
    const rows = await preparedQuery<RegionNode & { code: string; path: string }>(
      this.dataSource,
      'attendance-region-tree',
      `SELECT g.code, g.name, g.level, g.parent_code AS "parentCode", g.path,
              (SELECT count(*)::int FROM regions k WHERE k.parent_code = g.code) AS "childCount"
       FROM regions g`,
      [],
    );
    return new Map(
      rows.map((row) => [
        row.code,
        { ...row, path: (row.path as unknown as string).split('/').filter(Boolean) } as RegionNode,
      ]),
    );
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
