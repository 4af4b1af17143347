import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Clash, SessionPeopleValues, SessionPersonRow, SessionRow, SessionValues } from './sessions.model';
import { ReplicaReads, type Tx } from '@app/database';

const SESSION_COLUMNS = `s.id, s.event_id AS "eventId", s.parent_id AS "parentId", s.kind, s.title, s.description,
  s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.room, s.seats, s.quorum, s.version, s.updated_at AS "updatedAt",
  CASE WHEN s.seats IS NULL THEN 0 ELSE (SELECT count(*)::int FROM session_signups g
    WHERE g.session_id = s.id AND g.status = 'confirmed') END AS "seatsTaken"`;

/**
 * Every query of sessions. The agenda reads through `listByEvent` and `peopleOf`: two
 * queries whatever the size of the forum.
 */
@Injectable()
export class SessionsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ReplicaReads,
  ) {}

  /** In `manager`'s transaction when given; else on the database ReplicaReads picks (so is peopleOf). */
  listByEvent(eventId: string, manager?: Tx): Promise<SessionRow[]> {
    return this.listByEvents([eventId], manager);
  }

  /** The sessions of many events in one query, each event's in agenda order. */
  listByEvents(eventIds: string[], manager?: Tx): Promise<SessionRow[]> {
    return this.on(manager, (db) =>
      db.query(
        // Parallel sessions follow the order of the venue's rooms, as organizers list them.
        `SELECT ${SESSION_COLUMNS} FROM sessions s JOIN events e ON e.id = s.event_id
       WHERE s.event_id = ANY($1::uuid[])
       ORDER BY s.starts_at, s.ends_at DESC,
                array_position(ARRAY(SELECT r->>'kk' FROM jsonb_array_elements(e.venue->'rooms') r), s.room) NULLS FIRST,
                s.created_at, s.id`,
        [eventIds],
      ),
    );
  }

  private on<T>(manager: Tx | undefined, read: (db: Tx | DataSource) => Promise<T>): Promise<T> {
    return manager ? read(manager) : this.reads.read(read);
  }

  async findById(id: string, manager: Tx = this.dataSource.manager): Promise<SessionRow | undefined> {
    const rows: SessionRow[] = await manager.query(`SELECT ${SESSION_COLUMNS} FROM sessions s WHERE s.id = $1`, [id]);
    return rows[0];
  }

  /** Moderators and speakers of many sessions at once, in order, with their names and positions. */
  peopleOf(sessionIds: string[], manager?: Tx): Promise<SessionPersonRow[]> {
    if (sessionIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.on(manager, (db) =>
      db.query(
        `SELECT sp.session_id AS "sessionId", sp.person_id AS "personId", sp.role, sp.position, sp.topic, sp.minutes,
              p.full_name AS "fullName", p.position AS "personPosition", o.name AS "organizationName"
       FROM session_people sp
       JOIN people p ON p.id = sp.person_id
       LEFT JOIN organizations o ON o.id = p.organization_id
       WHERE sp.session_id = ANY($1::uuid[])
       ORDER BY sp.session_id, sp.role, sp.position`,
        [sessionIds],
      ),
    );
  }

  async childIds(manager: Tx, id: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM sessions WHERE parent_id = $1`, [id]);
    return rows.map((r) => r.id);
  }

  async childSpan(manager: Tx, id: string): Promise<{ first: Date | null; last: Date | null }> {
    const rows: { first: Date | null; last: Date | null }[] = await manager.query(
      `SELECT min(starts_at) AS first, max(ends_at) AS last FROM sessions WHERE parent_id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Another session of the event in the same room at an overlapping time (a session and its section may share). */
  async roomClash(
    manager: Tx,
    eventId: string,
    room: string,
    startsAt: Date,
    endsAt: Date,
    excludeIds: string[],
  ): Promise<Clash | undefined> {
    const rows: Clash[] = await manager.query(
      `SELECT s.id AS "sessionId", s.event_id AS "eventId", s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
              e.time_zone AS "timeZone"
       FROM sessions s JOIN events e ON e.id = s.event_id
       WHERE s.event_id = $1 AND lower(s.room) = lower($2) AND s.starts_at < $4 AND s.ends_at > $3
         AND NOT (s.id = ANY($5::uuid[]))
       ORDER BY s.starts_at LIMIT 1`,
      [eventId, room, startsAt, endsAt, excludeIds],
    );
    return rows[0];
  }

  /**
   * Sessions, of any event that is not cancelled, where one of these people moderates or
   * speaks at an overlapping time: nobody can be in two places at once.
   */
  async personClash(
    manager: Tx,
    personIds: string[],
    startsAt: Date,
    endsAt: Date,
    excludeIds: string[],
  ): Promise<Clash | undefined> {
    if (personIds.length === 0) {
      return undefined;
    }
    const rows: Clash[] = await manager.query(
      `SELECT s.id AS "sessionId", s.event_id AS "eventId", s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
              e.time_zone AS "timeZone", sp.person_id AS "personId", p.full_name AS "fullName"
       FROM session_people sp
       JOIN sessions s ON s.id = sp.session_id
       JOIN events e ON e.id = s.event_id AND e.status <> 'cancelled'
       JOIN people p ON p.id = sp.person_id
       WHERE sp.person_id = ANY($1::uuid[]) AND s.starts_at < $3 AND s.ends_at > $2 AND NOT (s.id = ANY($4::uuid[]))
       ORDER BY s.starts_at LIMIT 1`,
      [personIds, startsAt, endsAt, excludeIds],
    );
    return rows[0];
  }

  /** Serialises changes that involve the same people across events (a person's calendar is shared). */
  async lockPeople(manager: Tx, personIds: string[]): Promise<void> {
    for (const id of [...new Set(personIds)].sort()) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('person:' || $1, 0))`, [id]);
    }
  }

  async insert(manager: Tx, eventId: string, values: SessionValues): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO sessions (event_id, parent_id, kind, title, description, starts_at, ends_at, room, seats, quorum)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [eventId, ...columns(values)],
    );
    return rows[0].id;
  }

  async update(manager: Tx, id: string, values: SessionValues): Promise<void> {
    await manager.query(
      `UPDATE sessions SET parent_id = $2, kind = $3, title = $4, description = $5, starts_at = $6, ends_at = $7, room = $8,
         seats = $9, quorum = $10, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, ...columns(values)],
    );
  }

  async replacePeople(manager: Tx, sessionId: string, people: SessionPeopleValues): Promise<void> {
    await manager.query(`DELETE FROM session_people WHERE session_id = $1`, [sessionId]);
    const rows = [
      ...people.moderatorIds.map((personId, i) => ({
        person_id: personId,
        role: 'moderator',
        position: i,
        topic: null,
        minutes: null,
      })),
      ...people.speakers.map((s, i) => ({
        person_id: s.personId,
        role: 'speaker',
        position: i,
        topic: s.topic,
        minutes: s.minutes,
      })),
    ];
    if (rows.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO session_people (session_id, person_id, role, position, topic, minutes)
       SELECT $1, x.person_id, x.role, x.position, x.topic, x.minutes
       FROM jsonb_to_recordset($2::jsonb) AS x(person_id uuid, role text, position int, topic jsonb, minutes int)`,
      [sessionId, JSON.stringify(rows)],
    );
  }

  async delete(manager: Tx, id: string): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE id = $1`, [id]);
  }
}

/** A session's columns in the order the INSERT and the UPDATE name them, after the event's or the session's id. */
function columns(values: SessionValues): unknown[] {
  return [
    values.parentId,
    values.kind,
    JSON.stringify(values.title),
    values.description ? JSON.stringify(values.description) : null,
    values.startsAt,
    values.endsAt,
    values.room,
    values.seats,
    values.quorum ? JSON.stringify(values.quorum) : null,
  ];
}
