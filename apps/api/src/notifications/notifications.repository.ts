import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';

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
}

export interface MessageRow extends NewMessage {
  id: string;
  status: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

const COLUMNS = `id, dedupe_key AS "dedupeKey", purpose, event_id AS "eventId", recipient, language, subject,
  text_body AS text, html_body AS html, attach_agenda AS "attachAgenda", badge_code AS "badgeCode", status, attempts,
  next_attempt_at AS "nextAttemptAt", last_error AS "lastError", created_at AS "createdAt", sent_at AS "sentAt"`;

/** The outbox. Claims use FOR UPDATE SKIP LOCKED, so several app instances never take the same message. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In the caller's transaction; a second message for the same recipient and purpose is ignored. */
  async enqueue(manager: EntityManager, message: NewMessage): Promise<void> {
    await manager.query(
      `INSERT INTO mail_outbox (dedupe_key, purpose, event_id, recipient, language, subject, text_body, html_body,
         attach_agenda, badge_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        message.dedupeKey,
        message.purpose,
        message.eventId,
        message.recipient,
        message.language,
        message.subject,
        message.text,
        message.html,
        message.attachAgenda,
        message.badgeCode,
      ],
    );
  }

  /**
   * Takes the agenda changes that have been quiet for `quietSeconds` (one taker per event
   * across instances) and hands them, with their registrants, to `enqueue` in the same transaction.
   */
  async takeQuietAgendaChanges(
    quietSeconds: number,
    enqueue: (
      manager: EntityManager,
      change: { eventId: string; firstChangeAt: Date },
      registrants: {
        registrationId: string;
        email: string;
        language: Language;
        fullName: { kk: string; ru?: string };
      }[],
    ) => Promise<void>,
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
        const registrants: {
          registrationId: string;
          email: string;
          language: Language;
          fullName: { kk: string; ru?: string };
        }[] = await manager.query(
          `SELECT r.id AS "registrationId", p.email, p.language, p.full_name AS "fullName"
             FROM registrations r JOIN people p ON p.id = r.person_id
             WHERE r.event_id = $1 AND r.status = 'registered' AND p.email IS NOT NULL`,
          [change.eventId],
        );
        await enqueue(manager, change, registrants);
      }
      return changes.length;
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

  async resend(id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'queued', attempts = 0, next_attempt_at = now(), last_error = NULL WHERE id = $1 RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  list(filter: { status?: string; eventId?: string; limit: number; offset: number }): Promise<MessageRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.status) {
      params.push(filter.status);
      where.push(`status = $${params.length}`);
    }
    if (filter.eventId) {
      params.push(filter.eventId);
      where.push(`event_id = $${params.length}`);
    }
    params.push(filter.limit, filter.offset);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM mail_outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
  }
}
