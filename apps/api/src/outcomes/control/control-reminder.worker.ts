import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ControlRemindersService } from './control-reminders.service';

/** How often each instance looks for deadlines to tell about; the outbox's keys make a second look harmless. */
const RUN_EVERY_MS = 5 * 60_000;

/** Runs the control reminders in every instance where the mail worker runs (MAIL_POLL_MS above 0). */
@Injectable()
export class ControlReminderWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ControlReminderWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly reminders: ControlRemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mail.pollMs > 0) {
      this.timer = setInterval(() => {
        this.running ??= this.reminders
          .queueDue()
          .then(() => undefined)
          .catch((error: Error) => this.logger.error(`control reminders: ${error.message}`))
          .finally(() => (this.running = undefined));
      }, RUN_EVERY_MS);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
