import { Inject, Injectable } from '@nestjs/common';
import { AppError, secretHash } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import { EventsService } from '../../forum/events/events.service';
import { PeopleService } from '../../directory/people/people.service';
import type { MailMessageResponseDto, MailPreferencesDto } from './dto/mail.dto';
import { type MessageRow, NotificationsRepository } from './notifications.repository';
import { unsubscribePage } from './unsubscribe-page';

function toSummary(row: MessageRow): MailMessageResponseDto {
  return {
    id: String(row.id),
    purpose: row.purpose,
    eventId: row.eventId,
    recipient: row.recipient,
    language: row.language,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: new Date(row.nextAttemptAt).toISOString(),
    createdAt: new Date(row.createdAt).toISOString(),
    sentAt: row.sentAt ? new Date(row.sentAt).toISOString() : null,
  };
}

/**
 * The outbox as people see it: admins and organizers list and resend messages; a person keeps their own
 * preferences, and the unsubscribe link of a reminder needs no sign-in.
 */
@Injectable()
export class MailboxService {
  constructor(
    private readonly outbox: NotificationsRepository,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Admins: every message. */
  async list(filter: { status?: string; eventId?: string }): Promise<MailMessageResponseDto[]> {
    return (await this.outbox.list({ ...filter, limit: 200, offset: 0 })).map(toSummary);
  }

  /** The event's organizers (and admins): the messages of this event. */
  async listForEvent(user: AuthUser, eventIdOrSlug: string, status?: string): Promise<MailMessageResponseDto[]> {
    const event = await this.events.getVisibleRow(user, eventIdOrSlug);
    if (!mayAccessEvent(user, event, 'manage')) {
      throw AppError.forbidden();
    }
    return (await this.outbox.list({ status, eventId: event.id, limit: 500, offset: 0 })).map(toSummary);
  }

  /** Admins any message; organizers the messages of events they manage. One being sent right now is left to finish. */
  async resend(user: AuthUser, id: string): Promise<void> {
    const message = await this.outbox.findById(id);
    if (!message) {
      throw AppError.notFound();
    }
    const event = message.eventId ? await this.events.findRow(message.eventId) : undefined;
    if (!user.roles.includes('admin') && !(event && mayAccessEvent(user, event, 'manage'))) {
      throw AppError.forbidden();
    }
    await this.outbox.resend(id);
  }

  /** The signed-in person's own mail preferences. */
  async preferences(user: AuthUser): Promise<MailPreferencesDto> {
    const [person] = await this.people.findByIds([this.ownPersonId(user)]);
    if (!person) {
      throw new AppError('NO_PERSON_RECORD');
    }
    return { remindersOptOut: person.remindersOptOut };
  }

  async setPreferences(user: AuthUser, dto: MailPreferencesDto): Promise<MailPreferencesDto> {
    await this.people.setRemindersOptOut(this.ownPersonId(user), dto.remindersOptOut);
    return this.preferences(user);
  }

  /**
   * The unsubscribe link: `confirm` shows a page with one button (link scanners open links, never
   * press buttons), `done` (the button, or a mail client's one-click POST) switches reminders off.
   */
  async unsubscribe(token: string, state: 'confirm' | 'done'): Promise<{ status: 200 | 410; html: string }> {
    const found = await this.outbox.useUnsubscribeToken(secretHash(token), state === 'done');
    if (!found) {
      throw AppError.notFound();
    }
    if (state === 'done' && !found.expired) {
      await this.people.setRemindersOptOut(found.personId, true);
    }
    const [person] = await this.people.findByIds([found.personId]);
    const language = person?.language ?? 'kk';
    // An expired link changes nothing: its page says where the person can switch reminders off themselves.
    return found.expired
      ? { status: 410, html: unsubscribePage(language, 'expired', this.config.publicUrl).html }
      : { status: 200, html: unsubscribePage(language, state, this.config.publicUrl).html };
  }

  private ownPersonId(user: AuthUser): string {
    if (!user.personId) {
      throw new AppError('NO_PERSON_RECORD');
    }
    return user.personId;
  }
}
