import { Module } from '@nestjs/common';
import { RateLimitsModule } from '../../platform/rate-limits/rate-limits.module';
import { EventsModule } from '../../forum/events/events.module';
import { NotificationsModule } from '../../participation/notifications/notifications.module';
import { PeopleModule } from '../../directory/people/people.module';
import { AuditModule } from '../../platform/audit/audit.module';
import { VerificationModule } from '../verification/verification.module';
import { AwardSealSource } from './award-seal';
import { AwardMailAttachments } from './award-mail';
import { AwardsController, EventAwardsController } from './awards.controller';
import { AwardsRepository } from './awards.repository';
import { AwardsService } from './awards.service';
import { AwardDocumentsService } from './award-documents.service';

/** Letters of gratitude and certificates: issued, numbered, sealed, printed and mailed. */
@Module({
  imports: [EventsModule, PeopleModule, NotificationsModule, VerificationModule, AuditModule, RateLimitsModule],
  controllers: [EventAwardsController, AwardsController],
  providers: [AwardsService, AwardDocumentsService, AwardsRepository, AwardSealSource, AwardMailAttachments],
  exports: [AwardsService],
})
export class AwardsModule {}
