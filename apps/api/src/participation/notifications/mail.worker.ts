import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { MAIL_TRANSPORT, type MailTransport } from '@app/mail';
import { qrCodePng } from '@app/common';
import type { Language } from '@app/contracts';
import { AgendaService } from '../../forum/agenda/agenda.service';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { EventEditingService } from '../../forum/events/event-editing.service';
import { personName } from '../../directory/people/people.service';
import { type MessageRow, NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

const BATCH = 20;
const NOTICE_BATCH = 200;
const LEASE_SECONDS = 120;

/**
 * Delivers the outbox: claims due messages (SKIP LOCKED, so instances share the work
 * without overlap), sends them, and retries failures with exponential backoff until
 * MAIL_MAX_ATTEMPTS, after which the message stays `failed` with its reason.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly outbox: NotificationsRepository,
    private readonly agendas: AgendaService,
    private readonly events: EventsService,
    private readonly editing: EventEditingService,
    private readonly notifications: NotificationsService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mail.pollMs > 0) {
      this.timer = setInterval(() => {
        this.running ??= this.drain().finally(() => (this.running = undefined));
      }, this.config.mail.pollMs);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    this.transport.close();
  }

  /**
   * Queues the reminders that have come due, turns new registrations' notices and settled
   * agenda changes into messages, then sends everything that is due now.
   */
  async drain(): Promise<void> {
    // Each stage on its own: a stage that fails (a broken template, a lost connection) is logged and
    // retried at the next poll, and does not hold back the others, above all the delivery of what is queued.
    await this.stage('reminders', () => this.notifications.scheduleReminders());
    await this.stage('scheduled', () => this.notifications.queueScheduled());
    await this.stage('registration notices', async () => {
      while (!this.stopped && (await this.renderRegistrationNotices()) === NOTICE_BATCH) {
        // a registration rush: the next batch
      }
    });
    await this.stage('agenda changes', () => this.queueAgendaChanges());
    await this.stage('delivery', () => this.deliverDue());
  }

  private async stage(name: string, run: () => Promise<unknown>): Promise<void> {
    if (this.stopped) {
      return;
    }
    try {
      await run();
    } catch (error) {
      this.logger.error(`mail worker, ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Settled agenda changes become one digest per registrant, and news for the organizations' systems. */
  private async queueAgendaChanges(): Promise<void> {
    await this.outbox.takeQuietAgendaChanges(
      this.config.mail.digestQuietSeconds,
      async (manager, change, registrants) => {
        const event = await this.events.findRow(change.eventId);
        // The same settled change is also news for the organizations' systems (once, as the digest is).
        await this.editing.announceAgendaChanged(manager, change.eventId);
        for (const registrant of event ? registrants : []) {
          await this.notifications.registrationChanged(
            manager,
            {
              registrationId: registrant.registrationId,
              kind: 'agenda_changed',
              email: registrant.email,
              language: registrant.language,
              name: personName(registrant.fullName, registrant.language),
              event: event!,
            },
            `agenda:${change.eventId}:${new Date(change.firstChangeAt).getTime()}:${registrant.registrationId}`,
          );
        }
      },
    );
  }

  /** Sends what is due, batch after batch, until the outbox has nothing due or the worker stops. */
  private async deliverDue(): Promise<void> {
    while (!this.stopped) {
      const messages = await this.outbox.claim(BATCH, LEASE_SECONDS);
      if (messages.length === 0) {
        return;
      }
      const agendas = new Map<string, string>();
      for (const message of messages) {
        await this.deliver(message, agendas);
      }
    }
  }

  /** One batch of registration notices rendered into the outbox, in their readers' languages. */
  private renderRegistrationNotices(): Promise<number> {
    return this.outbox.takeRegistrationNotices(NOTICE_BATCH, async (manager, notices) => {
      const events = new Map<string, EventRow | undefined>();
      for (const id of new Set(notices.map((notice) => notice.eventId))) {
        events.set(id, await this.events.findRow(id));
      }
      await this.notifications.registrationsChanged(
        manager,
        notices
          .filter((notice) => events.get(notice.eventId))
          .map((notice) => ({
            registrationId: notice.registrationId,
            kind: notice.kind,
            email: notice.email,
            language: notice.language,
            name: personName(notice.fullName, notice.language),
            event: events.get(notice.eventId)!,
            badgeCode: notice.kind === 'registered' ? notice.badgeCode : undefined,
            waitlistPosition: notice.waitlistPosition ?? undefined,
          })),
      );
    });
  }

  private async deliver(message: MessageRow, agendas: Map<string, string>): Promise<void> {
    try {
      const attachments = [];
      if (message.attachAgenda && message.eventId) {
        const key = `${message.eventId}:${message.language}`;
        if (!agendas.has(key)) {
          agendas.set(key, await this.agendas.icsForMail(message.eventId, message.language as Language));
        }
        attachments.push({
          filename: 'agenda.ics',
          content: agendas.get(key)!,
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        });
      }
      if (message.badgeCode) {
        attachments.push({
          filename: 'badge-qr.png',
          content: qrCodePng(message.badgeCode),
          contentType: 'image/png',
        });
      }
      attachments.push(...(await this.notifications.attachmentsOf(message)));
      await this.transport.send({
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments,
        headers: message.headers,
        messageId: `<outbox-${message.id}@${new URL(this.config.publicUrl).hostname}>`,
      });
      await this.outbox.markSent(message.id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retry = message.attempts < this.config.mail.maxAttempts;
      // 5 s, 10 s, 20 s, ... capped at an hour.
      const delay = retry ? Math.min(3600, 5 * 2 ** (message.attempts - 1)) : null;
      await this.outbox.markFailed(message.id, reason, delay);
      this.logger.warn(`mail ${message.id} to ${message.recipient} failed (attempt ${message.attempts}): ${reason}`);
    }
  }
}
