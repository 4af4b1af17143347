import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@app/contracts';
import { DataSource } from 'typeorm';
import type { EventRow } from '../../forum/events/events.model';
import { Where, type Tx } from '@app/database';

export interface NewMessage {
  dedupeKey: string;
  purpose: string;
  eventId: string | null;
  recipient: string;
  language: Language;
  subject: string;
  text: string;
  html: string;
  attachAgenda: boolean;
  /** Attach this badge code as a QR image. */
  badgeCode: string | null;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** A single-purpose unsubscribe link in this message: its token's hash and whose it is (stored only if the message is). */
  unsubscribe?: { tokenHash: Buffer; personId: string };
}

export interface MessageRow extends Omit<NewMessage, 'unsubscribe'> {
  id: string;
  status: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface Recipient {
  registrationId: string;
  personId: string;
  email: string;
  language: Language;
  fullName: { kk: string; ru?: string };
}

/** What registration_admit left for the mail worker: one registration's new state. */
export interface RegistrationNoticeRow extends Recipient {
  eventId: string;
  kind: 'registered' | 'waitlisted' | 'received';
  waitlistPosition: number | null;
  badgeCode: string;
}

/** A registration due for its reminder, with what the message needs of its event. */
export interface ReminderRecipient extends Recipient {
  dedupeKey: string;
  badgeCode: string;
  eventId: string;
  slug: string;
  title: EventRow['title'];
  venue: EventRow['venue'];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

const COLUMNS = `id, dedupe_key AS "dedupeKey", purpose, event_id AS "eventId", recipient, language, subject,
  text_body AS text, html_body AS html, attach_agenda AS "attachAgenda", badge_code AS "badgeCode", headers, status, attempts,
  next_attempt_at AS "nextAttemptAt", last_error AS "lastError", created_at AS "createdAt", sent_at AS "sentAt"`;

/** The outbox. Claims use FOR UPDATE SKIP LOCKED, so several app instances never take the same message. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In the caller's transaction; a second message for the same recipient and purpose is ignored. */
  async enqueue(manager: Tx, message: NewMessage): Promise<void> {
    await this.enqueueMany(manager, [message]);
  }

  /**
   * Many messages in one statement; those whose dedupe key is already taken (by an earlier run
   * or another instance) are skipped, and so are their unsubscribe tokens. Returns how many were queued.
   */
  async enqueueMany(manager: Tx, messages: NewMessage[]): Promise<number> {
    if (messages.length === 0) {
      return 0;
    }
    const rows: { queued: number }[] = await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(dedupe_key text, purpose text, event_id uuid, recipient text,
           language text, subject text, text_body text, html_body text, attach_agenda boolean, badge_code text,
           headers jsonb, token_hash text, person_id uuid)),
       queued AS (
         INSERT INTO mail_outbox (dedupe_key, purpose, event_id, recipient, language, subject, text_body, html_body,
           attach_agenda, badge_code, headers)
         SELECT dedupe_key, purpose, event_id, recipient, language, subject, text_body, html_body, attach_agenda,
           badge_code, headers FROM input
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING dedupe_key),
       tokens AS (
         INSERT INTO mail_unsubscribe_tokens (token_hash, person_id)
         SELECT decode(i.token_hash, 'hex'), i.person_id FROM input i JOIN queued q USING (dedupe_key)
         WHERE i.token_hash IS NOT NULL)
       SELECT count(*)::int AS queued FROM queued`,
      [
        JSON.stringify(
          messages.map((m) => ({
            dedupe_key: m.dedupeKey,
            purpose: m.purpose,
            event_id: m.eventId,
            recipient: m.recipient,
            language: m.language,
            subject: m.subject,
            text_body: m.text,
            html_body: m.html,
            attach_agenda: m.attachAgenda,
            badge_code: m.badgeCode,
            headers: m.headers ?? {},
            token_hash: m.unsubscribe?.tokenHash.toString('hex') ?? null,
            person_id: m.unsubscribe?.personId ?? null,
          })),
        ),
      ],
    );
    return rows[0].queued;
  }

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Registrations due for their reminder at `now` (null: the database's clock): registered, with an
   * e-mail, not opted out, of a published event whose reminder moment (`hour`:00 local on the day
   * before it starts, in the event's own zone) has come while that day lasts. Later, on the day
   * itself, none goes out ("tomorrow" would be wrong, and people are on their way). A registration
   * made or changed after the moment is skipped: it was just sent the agenda. The key holds the
   * start, so an event moved to another day reminds again.
   */
  dueReminders(manager: Tx, now: Date | null, hour: number): Promise<ReminderRecipient[]> {
    return manager.query(
      `WITH clock AS (SELECT COALESCE($1::timestamptz, now()) AS now)
       SELECT r.id AS "registrationId", r.badge_code AS "badgeCode", p.id AS "personId", p.email, p.language,
         p.full_name AS "fullName", e.id AS "eventId", e.slug, e.title, e.venue, e.starts_at AS "startsAt",
         e.ends_at AS "endsAt", e.time_zone AS "timeZone", key.value AS "dedupeKey"
       FROM clock, events e
       CROSS JOIN LATERAL (SELECT (e.starts_at AT TIME ZONE e.time_zone)::date AS first_day) local
       CROSS JOIN LATERAL (SELECT ((local.first_day - 1) + make_time($2, 0, 0)) AT TIME ZONE e.time_zone AS opens,
         local.first_day::timestamp AT TIME ZONE e.time_zone AS closes) reminder
       JOIN registrations r ON r.event_id = e.id AND r.status = 'registered'
       JOIN people p ON p.id = r.person_id AND p.email IS NOT NULL AND NOT p.reminders_opt_out
       CROSS JOIN LATERAL (SELECT 'reminder:' || r.id || ':' || extract(epoch FROM e.starts_at)::bigint AS value) key
       WHERE e.status = 'published' AND e.starts_at > clock.now AND e.starts_at <= clock.now + interval '2 days'
         AND reminder.opens <= clock.now AND clock.now < reminder.closes AND r.updated_at < reminder.opens
         AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.dedupe_key = key.value)
       ORDER BY e.id, r.id`,
      [now, hour],
    );
  }

  /** Everyone registered for the event with an e-mail (the recipients of its published resolutions). */
  registered(manager: Tx, eventId: string): Promise<Recipient[]> {
    return manager.query(
      `SELECT r.id AS "registrationId", p.id AS "personId", p.email, p.language, p.full_name AS "fullName"
         FROM registrations r JOIN people p ON p.id = r.person_id
         WHERE r.event_id = $1 AND r.status = 'registered' AND p.email IS NOT NULL
         ORDER BY r.id`,
      [eventId],
    );
  }

  /** Whose unsubscribe link this is (the token's hash) and whether it has expired, noting its use if not. */
  async useUnsubscribeToken(
    tokenHash: Buffer,
    markUsed: boolean,
  ): Promise<{ personId: string; expired: boolean } | undefined> {
    const [rows]: [{ personId: string; expired: boolean }[], number] = await this.dataSource.query(
      `UPDATE mail_unsubscribe_tokens
          SET used_at = CASE WHEN $2 AND expires_at > now() THEN COALESCE(used_at, now()) ELSE used_at END
       WHERE token_hash = $1 RETURNING person_id AS "personId", expires_at <= now() AS expired`,
      [tokenHash, markUsed],
    );
    return rows[0];
  }

  /**
   * Takes the agenda changes that have been quiet for `quietSeconds` (one taker per event
   * across instances) and hands them, with their registrants, to `enqueue` in the same transaction.
   */
  async takeQuietAgendaChanges(
    quietSeconds: number,
    enqueue: (manager: Tx, change: { eventId: string; firstChangeAt: Date }, registrants: Recipient[]) => Promise<void>,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers a DELETE with [rows, affected].
      const [changes]: [{ eventId: string; firstChangeAt: Date }[], number] = await manager.query(
        `DELETE FROM agenda_changes WHERE event_id IN (
           SELECT event_id FROM agenda_changes WHERE last_change_at <= now() - make_interval(secs => $1)
           FOR UPDATE SKIP LOCKED)
         RETURNING event_id AS "eventId", first_change_at AS "firstChangeAt"`,
        [quietSeconds],
      );
      for (const change of changes) {
        const registrants = await this.registered(manager, change.eventId);
        await enqueue(manager, change, registrants);
      }
      return changes.length;
    });
  }

  /**
   * Takes up to `limit` registration notices (SKIP LOCKED: instances share them) and hands
   * them to `enqueue` in the same transaction, oldest first: a failure leaves them for the next run.
   */
  async takeRegistrationNotices(
    limit: number,
    enqueue: (manager: Tx, notices: RegistrationNoticeRow[]) => Promise<void>,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const notices: RegistrationNoticeRow[] = await manager.query(
        `WITH taken AS (
           DELETE FROM registration_notices WHERE id IN (
             SELECT id FROM registration_notices ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
           RETURNING id, registration_id, kind, waitlist_position)
         SELECT r.id AS "registrationId", r.person_id AS "personId", r.event_id AS "eventId", r.badge_code AS "badgeCode",
                t.kind, t.waitlist_position AS "waitlistPosition", p.email, p.language, p.full_name AS "fullName"
         FROM taken t JOIN registrations r ON r.id = t.registration_id JOIN people p ON p.id = r.person_id
         WHERE p.email IS NOT NULL
         ORDER BY t.id`,
        [limit],
      );
      if (notices.length > 0) {
        await enqueue(manager, notices);
      }
      return notices.length;
    });
  }

  /** Takes due messages (and ones whose sender died mid-way) for this worker for `leaseSeconds`. */
  async claim(limit: number, leaseSeconds: number): Promise<MessageRow[]> {
    const [rows]: [MessageRow[], number] = await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, locked_until = now() + make_interval(secs => $2)
       WHERE id IN (
         SELECT id FROM mail_outbox
         WHERE (status = 'queued' AND next_attempt_at <= now()) OR (status = 'sending' AND locked_until < now())
         ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS}`,
      [limit, leaseSeconds],
    );
    return rows;
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  /** Back to the queue after `delaySeconds`, or failed for good. */
  async markFailed(id: string, error: string, delaySeconds: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = CASE WHEN $3::int IS NULL THEN 'failed' ELSE 'queued' END,
         next_attempt_at = now() + make_interval(secs => COALESCE($3::int, 0)), locked_until = NULL, last_error = $2
       WHERE id = $1`,
      [id, error.slice(0, 2000), delaySeconds],
    );
  }

  async findById(id: string): Promise<MessageRow | undefined> {
    const rows: MessageRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM mail_outbox WHERE id = $1`, [id]);
    return rows[0];
  }

  /** Queues a message again from scratch (a message being sent right now is left to finish). */
  async resend(id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'queued', attempts = 0, next_attempt_at = now(), last_error = NULL, locked_until = NULL
       WHERE id = $1 AND NOT (status = 'sending' AND locked_until >= now()) RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  list(filter: { status?: string; eventId?: string; limit: number; offset: number }): Promise<MessageRow[]> {
    const where = new Where()
      .when(filter.status, (p) => `status = ${p}`)
      .when(filter.eventId, (p) => `event_id = ${p}`);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM mail_outbox WHERE ${where.sql()}
       ORDER BY id DESC LIMIT ${where.param(filter.limit)} OFFSET ${where.param(filter.offset)}`,
      where.params,
    );
  }
}
