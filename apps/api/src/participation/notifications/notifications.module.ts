import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { FileMailTransport, MAIL_TRANSPORT, SmtpMailTransport } from '@app/mail';
import { join } from 'node:path';
import { AgendaModule } from '../../forum/agenda/agenda.module';
import { EventsModule } from '../../forum/events/events.module';
import { PeopleModule } from '../../directory/people/people.module';
import { MailWorker } from './mail.worker';
import { EventMailController, NotificationsController, UnsubscribeController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { MailboxService } from './mailbox.service';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [AgendaModule, EventsModule, PeopleModule],
  controllers: [NotificationsController, UnsubscribeController, EventMailController],
  providers: [
    NotificationsService,
    MailboxService,
    NotificationsRepository,
    MailWorker,
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.mail.smtpUrl
          ? new SmtpMailTransport(config.mail.smtpUrl, config.mail.from)
          : new FileMailTransport(join(config.dataDir, 'mail'), config.mail.from),
    },
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
