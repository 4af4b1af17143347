import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { Tx } from '@app/database';

export interface SignupSession {
  id: string;
  eventId: string;
  seats: number | null;
  startsAt: Date;
  endsAt: Date;
  title: LocalizedText;
}

export interface SignupRow {
  id: string;
  sessionId: string;
  registrationId: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlistPosition: number | null;
}

const SELECT_SIGNUP = `
  SELECT g.id, g.session_id AS "sessionId", g.registration_id AS "registrationId", g.status,
         CASE WHEN g.status = 'waitlisted' THEN (
           SELECT count(*)::int FROM session_signups w
           WHERE w.session_id = g.session_id AND w.status = 'waitlisted' AND (w.waitlisted_at, w.id) <= (g.waitlisted_at, g.id))
         END AS "waitlistPosition"
  FROM session_signups g`;

/** Sign-ups for sessions with their own seats; the caller holds the session's row lock for every change. */
@Injectable()
export class SignupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async lockSession(manager: Tx, id: string): Promise<SignupSession | undefined> {
    const rows: SignupSession[] = await manager.query(
      `SELECT id, event_id AS "eventId", seats, starts_at AS "startsAt", ends_at AS "endsAt", title FROM sessions WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  /** The person's registered (admitted) registration for the event. */
  async registrationOf(manager: Tx, eventId: string, personId: string): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM registrations WHERE event_id = $1 AND person_id = $2 AND status = 'registered'`,
      [eventId, personId],
    );
    return rows[0]?.id;
  }

  async active(manager: Tx, sessionId: string, registrationId: string): Promise<SignupRow | undefined> {
    const rows: SignupRow[] = await manager.query(
      `${SELECT_SIGNUP} WHERE g.session_id = $1 AND g.registration_id = $2 AND g.status IN ('confirmed', 'waitlisted')`,
      [sessionId, registrationId],
    );
    return rows[0];
  }

  async byId(manager: Tx, id: string): Promise<SignupRow> {
    const rows: SignupRow[] = await manager.query(`${SELECT_SIGNUP} WHERE g.id = $1`, [id]);
    return rows[0];
  }

  /** Another active sign-up of this registration overlapping the session's time slot. */
  async overlapping(
    manager: Tx,
    registrationId: string,
    session: SignupSession,
  ): Promise<{ title: LocalizedText } | undefined> {
    const rows: { title: LocalizedText }[] = await manager.query(
      `SELECT s.title FROM session_signups g JOIN sessions s ON s.id = g.session_id
       WHERE g.registration_id = $1 AND g.status IN ('confirmed', 'waitlisted') AND s.id <> $2
         AND s.starts_at < $4 AND s.ends_at > $3
       LIMIT 1`,
      [registrationId, session.id, session.startsAt, session.endsAt],
    );
    return rows[0];
  }

  async confirmedCount(manager: Tx, sessionId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM session_signups WHERE session_id = $1 AND status = 'confirmed'`,
      [sessionId],
    );
    return rows[0].n;
  }

  async insert(
    manager: Tx,
    sessionId: string,
    registrationId: string,
    status: 'confirmed' | 'waitlisted',
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO session_signups (session_id, registration_id, status, waitlisted_at)
       VALUES ($1, $2, $3::varchar, CASE WHEN $3::varchar = 'waitlisted' THEN clock_timestamp() END) RETURNING id`,
      [sessionId, registrationId, status],
    );
    return rows[0].id;
  }

  async setStatus(manager: Tx, id: string, status: 'confirmed' | 'cancelled'): Promise<void> {
    await manager.query(
      `UPDATE session_signups SET status = $2, waitlisted_at = NULL, updated_at = now() WHERE id = $1`,
      [id, status],
    );
  }

  async firstWaitlisted(manager: Tx, sessionId: string, count: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM session_signups WHERE session_id = $1 AND status = 'waitlisted' ORDER BY waitlisted_at, id LIMIT $2`,
      [sessionId, count],
    );
    return rows.map((r) => r.id);
  }
}
