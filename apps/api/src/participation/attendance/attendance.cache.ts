import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DatabaseNotices, preparedQuery } from '@app/database';
import { ExpiringMap } from '@app/common';
import type { LocalizedText, RegionLevel } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { AttendanceEvent } from './attendance.model';

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

export interface RegionNode {
  name: LocalizedText;
  level: RegionLevel;
  parentCode: string | null;
  /** The codes from the top-level region down to this one. */
  path: string[];
  childCount: number;
}

/**
 * What check-ins and the attendance report reuse between requests: an event's zone, organizers and quorum
 * rules, and the region tree. Kept only while this instance hears the database's change notices.
 */
@Injectable()
export class AttendanceCache {
  private readonly attendanceEvents = new ExpiringMap<string, AttendanceEvent>(ATTENDANCE_EVENT_CACHE_MAX);
  private readonly regions = new ExpiringMap<'tree', Map<string, RegionNode>>(1);

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

  /** The region tree: name, level, parent, path from the top and number of children, by code. */
  async regionTree(fresh = false): Promise<Map<string, RegionNode>> {
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
}
