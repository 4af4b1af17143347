import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  type MailAttachment,
  type MailAttachmentSource,
  NotificationsService,
} from '../../participation/notifications/notifications.service';
import { AwardDocumentsService } from './award-documents.service';

/** The dedupe key of an award's message names the award (NotificationsService.awardsIssued: `award:<id>`). */
const AWARD_KEY = /^award:([0-9a-f-]{36})$/;

/** The award's own PDF, attached to the message that tells its recipient of it when the message is sent. */
@Injectable()
export class AwardMailAttachments implements MailAttachmentSource, OnModuleInit {
  readonly purpose = 'award.issued';

  constructor(
    private readonly awards: AwardDocumentsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.notifications.registerAttachments(this);
  }

  async attachmentsFor(message: { dedupeKey: string }): Promise<MailAttachment[]> {
    const id = AWARD_KEY.exec(message.dedupeKey)?.[1];
    const mailed = id ? await this.awards.mailedPdf(id) : undefined;
    return mailed
      ? [{ filename: `award-${mailed.number}.pdf`, content: mailed.pdf, contentType: 'application/pdf' }]
      : [];
  }
}
