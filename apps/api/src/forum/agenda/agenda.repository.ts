import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { preparedQuery, ReplicaReads } from '@app/database';
import { DataSource } from 'typeorm';
import type { Language, LocalizedText } from '@app/contracts';

/** A public material of one of the event's sessions, with its current file's type and size. */
export interface AgendaMaterialRow {
  id: string;
  sessionId: string;
  speakerId: string | null;
  title: LocalizedText;
  language: Language;
  fileType: string;
  size: number;
}

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

  /**
   * The public materials of the event's sessions (the materials module's rows, read here so that an agenda stays one
   * query more, and kept fresh by the triggers that bump the agenda version when a material or its file changes).
   */
  materials(eventId: string): Promise<AgendaMaterialRow[]> {
    return this.dataSource.query(
      `SELECT m.id, m.session_id AS "sessionId", m.speaker_id AS "speakerId", m.title, m.language,
              v.file_type AS "fileType", v.byte_size::float8 AS size
       FROM materials m JOIN material_versions v ON v.material_id = m.id AND v.number = m.current_version
       WHERE m.event_id = $1 AND m.session_id IS NOT NULL AND m.visibility = 'public'
       ORDER BY m.created_at, m.id`,
      [eventId],
    );
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
