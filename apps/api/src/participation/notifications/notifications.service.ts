import { Inject, Injectable } from '@nestjs/common';
import { pickText, secretHash, toZonedIso, formatLocalDate, formatLocalTime } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Language } from '@app/contracts';
import { randomBytes } from 'node:crypto';
import { EventsService } from '../../forum/events/events.service';
import { PeopleService, personName } from '../../directory/people/people.service';
import { type NewMessage, NotificationsRepository } from './notifications.repository';
import { awardMail, registrationMail, resolutionMail } from './templates';
import { accountMail } from './account-templates';
import { controlMail } from './control-templates';
import { type ScheduledMailSource, type SurveyNotice, surveyMail } from './survey-templates';
import type { Tx } from '@app/database';
import type {
  RegistrationNotice,
  AdoptedResolution,
  MailAttachment,
  MailAttachmentSource,
  IssuedAwardNotice,
  AccountNotice,
  ControlNotice,
} from './notifications.model';

/** The notices are the module's public types: importers take them from here as before. */
export type * from './notifications.model';

/** Where account links' deadlines are written out: the zone of most of the country. */
const ACCOUNT_MAIL_ZONE = 'Asia/Almaty';

/** The resolution PDF has kk, ru or both side by side; an English reader gets both. */
const PDF_LAYOUT: Record<Language, 'kk' | 'ru' | 'both'> = { kk: 'kk', ru: 'ru', en: 'both' };

/** Writes messages into the outbox, in the transaction of the change that causes them (MailboxService shows them). */
@Injectable()
export class NotificationsService {
  private readonly attachmentSources = new Map<string, MailAttachmentSource>();
  private readonly scheduledSources: ScheduledMailSource[] = [];

  constructor(
    private readonly outbox: NotificationsRepository,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async registrationChanged(manager: Tx, notice: RegistrationNotice, dedupeKey?: string): Promise<void> {
    if (!notice.email) {
      return;
    }
    await this.outbox.enqueue(manager, this.eventMessage(notice, dedupeKey));
  }

  /** Many at once, in one statement (the mail worker's batches of new registrations). */
  async registrationsChanged(manager: Tx, notices: RegistrationNotice[]): Promise<void> {
    await this.outbox.enqueueMany(
      manager,
      notices.filter((notice) => notice.email).map((notice) => this.eventMessage(notice, undefined)),
    );
  }

  /**
   * Queues the reminders due at `now` (the database's clock when not given): one per registration
   * and event start, whichever instance runs it first (the dedupe key decides, in one statement).
   */
  async scheduleReminders(now?: Date): Promise<number> {
    return this.outbox.transaction(async (manager) => {
      const due = await this.outbox.dueReminders(manager, now ?? null, this.config.mail.reminderHour);
      const messages = due.map((r) => {
        const token = randomBytes(32).toString('base64url');
        const unsubscribeUrl = `${this.config.publicUrl}/api/v1/mail/unsubscribe/${token}`;
        return this.eventMessage(
          {
            registrationId: r.registrationId,
            kind: 'reminder',
            email: r.email,
            language: r.language,
            name: personName(r.fullName, r.language),
            event: { ...r, id: r.eventId },
            badgeCode: r.badgeCode,
          },
          r.dedupeKey,
          {
            unsubscribeUrl,
            unsubscribe: { tokenHash: secretHash(token), personId: r.personId },
            headers: {
              'List-Unsubscribe': `<${unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          },
        );
      });
      return this.outbox.enqueueMany(manager, messages);
    });
  }

  /** In the adoption's transaction: one message to everyone registered for the event, in their language. */
  async resolutionAdopted(manager: Tx, resolution: AdoptedResolution): Promise<void> {
    const { event } = resolution;
    const recipients = await this.outbox.registered(manager, event.id);
    await this.outbox.enqueueMany(
      manager,
      recipients.map((r) => {
        const mail = resolutionMail({
          language: r.language,
          name: personName(r.fullName, r.language),
          kind: resolution.kind,
          number: resolution.number,
          title: pickText(resolution.title, r.language) ?? '',
          eventTitle: pickText(event.title, r.language) ?? '',
          pdfUrl: `${this.config.publicUrl}/api/v1/resolutions/${resolution.id}.pdf?lang=${PDF_LAYOUT[r.language]}`,
          eventUrl: `${this.config.publicUrl}/events/${event.slug}`,
        });
        return {
          dedupeKey: `resolution:${resolution.id}:${r.registrationId}`,
          purpose: 'resolution.published',
          eventId: event.id,
          recipient: r.email,
          language: r.language,
          ...mail,
          attachAgenda: false,
          badgeCode: null,
        };
      }),
    );
  }

  /** Called by the module whose messages carry files of its own, at its start. */
  registerAttachments(source: MailAttachmentSource): void {
    this.attachmentSources.set(source.purpose, source);
  }

  /** The files a registered source makes for this message; none when no source is registered for its purpose. */
  attachmentsOf(message: { purpose: string; dedupeKey: string; language: Language }): Promise<MailAttachment[]> {
    return this.attachmentSources.get(message.purpose)?.attachmentsFor(message) ?? Promise.resolve([]);
  }

  /** Called at start by a module whose messages come due with time. */
  registerScheduled(source: ScheduledMailSource): void {
    this.scheduledSources.push(source);
  }

  /** Each registered source queues what has come due (the mail worker, before it sends). */
  async queueScheduled(): Promise<void> {
    for (const source of this.scheduledSources) {
      await source.queueDue();
    }
  }

  /** In the transaction that marks the survey invited: each checked-in participant with an e-mail, once. */
  async surveyOpened(manager: Tx, notices: SurveyNotice[]): Promise<number> {
    const mailed = notices.filter((notice) => notice.email);
    return this.outbox.enqueueMany(
      manager,
      mailed.map((notice) => ({
        dedupeKey: `survey:${notice.surveyId}:${notice.personId}`,
        purpose: 'survey.opened',
        eventId: notice.eventId,
        recipient: notice.email!,
        language: notice.language,
        ...surveyMail({ ...notice, myUrl: `${this.config.publicUrl}/my` }),
        attachAgenda: false,
        badgeCode: null,
      })),
    );
  }

  /** In the issuing transaction: each recipient with an e-mail hears of their award, or nobody does. */
  async awardsIssued(manager: Tx, notices: IssuedAwardNotice[]): Promise<void> {
    await this.outbox.enqueueMany(
      manager,
      notices.flatMap((notice) => {
        if (!notice.email) {
          return [];
        }
        const mail = awardMail({ ...notice, myUrl: `${this.config.publicUrl}/my` });
        return [
          {
            dedupeKey: `award:${notice.awardId}`,
            purpose: 'award.issued',
            eventId: notice.eventId,
            recipient: notice.email,
            language: notice.language,
            ...mail,
            attachAgenda: false,
            badgeCode: null,
          },
        ];
      }),
    );
  }

  /** In the transaction that made the link (or found the account): the one message to the account's owner. */
  async accountMail(manager: Tx, notice: AccountNotice): Promise<void> {
    const until = notice.expiresAt && toZonedIso(new Date(notice.expiresAt), ACCOUNT_MAIL_ZONE);
    const mail = accountMail({
      kind: notice.kind,
      language: notice.language,
      name: notice.name,
      url: notice.url,
      until:
        until &&
        `${formatLocalDate(until, ACCOUNT_MAIL_ZONE, notice.language)} ${formatLocalTime(until, ACCOUNT_MAIL_ZONE)}`,
      signInUrl: `${this.config.publicUrl}/login`,
    });
    await this.outbox.enqueue(manager, {
      dedupeKey: `account:${notice.key}`,
      purpose: `account.${notice.kind}`,
      eventId: null,
      recipient: notice.email,
      language: notice.language,
      ...mail,
      attachAgenda: false,
      badgeCode: null,
    });
  }

  /** Execution control's messages in one statement; each key goes out once however many instances queue it. */
  controlNoticesDue(notices: ControlNotice[]): Promise<number> {
    return this.outbox.transaction((manager) =>
      this.outbox.enqueueMany(
        manager,
        notices.map(({ key, email, ...input }) => ({
          dedupeKey: `control.${input.kind}:${key}`,
          purpose: `control.${input.kind}`,
          eventId: null,
          recipient: email,
          language: input.language,
          ...controlMail({ ...input, controlUrl: `${this.config.publicUrl}/control` }),
          attachAgenda: false,
          badgeCode: null,
        })),
      ),
    );
  }

  /** A message about an event to one registrant, with the event's times written out in its zone. */
  private eventMessage(
    notice: RegistrationNotice,
    dedupeKey: string | undefined,
    extra: { unsubscribeUrl?: string } & Pick<NewMessage, 'unsubscribe' | 'headers'> = {},
  ): NewMessage {
    const { event, language, kind } = notice;
    const start = toZonedIso(new Date(event.startsAt), event.timeZone);
    const end = toZonedIso(new Date(event.endsAt), event.timeZone);
    const firstDay = formatLocalDate(start, event.timeZone, language);
    const lastDay = formatLocalDate(end, event.timeZone, language);
    const when =
      firstDay === lastDay
        ? `${firstDay}, ${formatLocalTime(start, event.timeZone)}–${formatLocalTime(end, event.timeZone)}`
        : `${firstDay} ${formatLocalTime(start, event.timeZone)} – ${lastDay} ${formatLocalTime(end, event.timeZone)}`;
    const withBadge = kind === 'registered' || kind === 'promoted' || kind === 'reminder';
    const mail = registrationMail({
      kind,
      language,
      name: notice.name,
      eventTitle: pickText(event.title, language) ?? '',
      when,
      venue: [pickText(event.venue.name, language), pickText(event.venue.address, language)].filter(Boolean).join(', '),
      eventUrl: `${this.config.publicUrl}/events/${event.slug}`,
      badgeCode: notice.badgeCode,
      waitlistPosition: notice.waitlistPosition,
      invitationUrl: notice.invitationUrl,
      unsubscribeUrl: extra.unsubscribeUrl,
    });
    return {
      dedupeKey: dedupeKey ?? `registration:${notice.registrationId}:${kind}`,
      purpose: kind === 'reminder' ? 'reminder' : `registration.${kind}`,
      eventId: event.id,
      recipient: notice.email!,
      language,
      ...mail,
      attachAgenda: withBadge || kind === 'agenda_changed',
      badgeCode: withBadge ? (notice.badgeCode ?? null) : null,
      headers: extra.headers,
      unsubscribe: extra.unsubscribe,
    };
  }
}
