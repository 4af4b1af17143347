import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preparedQuery, ReplicaReads } from '@app/database';
import { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one query of a hot agenda read: is what we rendered still what the database holds? */
@Injectable()
export class AgendaRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ReplicaReads,
  ) {}

  /**
   * The event's id and a stamp of its agenda: the version the triggers of migration
   * AgendaVersions bump on every change, and the confirmed sign-ups of its sessions with seats
   * (they change seats left, and are kept out of the version so sign-ups never queue on it).
   */
  async stamp(idOrSlug: string): Promise<{ id: string; stamp: string } | undefined> {
    const byId = UUID.test(idOrSlug);
    // An anonymous reader's stamp may come from the replica (ReplicaReads): the render then comes from there too.
    const rows = await this.reads.read((db) =>
      preparedQuery<{ id: string; stamp: string }>(
        db,
        byId ? 'agenda-stamp:id' : 'agenda-stamp:slug',
        `SELECT e.id, COALESCE(v.version, 0) || '/' || COALESCE((
                SELECT string_agg((SELECT count(*) FROM session_signups g
                                   WHERE g.session_id = s.id AND g.status = 'confirmed')::text, ',' ORDER BY s.id)
                FROM sessions s WHERE s.event_id = e.id AND s.seats IS NOT NULL), '') AS stamp
       FROM events e LEFT JOIN agenda_versions v ON v.event_id = e.id
       WHERE ${byId ? 'e.id = $1::uuid' : 'e.slug = $1'}`,
        [idOrSlug],
      ),
    );
    return rows[0];
  }

  /** The agenda versions of many events (0 for one never changed since it was made): their calendar revisions. */
  async versions(eventIds: string[]): Promise<Map<string, number>> {
    const rows: { eventId: string; version: string }[] = eventIds.length
      ? await this.dataSource.query(
          `SELECT event_id AS "eventId", version FROM agenda_versions WHERE event_id = ANY($1::uuid[])`,
          [eventIds],
        )
      : [];
    return new Map(rows.map((r) => [r.eventId, Number(r.version)]));
  }
}
