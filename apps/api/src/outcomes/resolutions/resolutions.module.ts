import { WebhooksModule } from '../../platform/webhooks/webhooks.module';
import { Module } from '@nestjs/common';
import { AttendanceModule } from '../../participation/attendance/attendance.module';
import { AuditModule } from '../../platform/audit/audit.module';
import { EventsModule } from '../../forum/events/events.module';
import { NotificationsModule } from '../../participation/notifications/notifications.module';
import { OrganizationsModule } from '../../directory/organizations/organizations.module';
import { PeopleModule } from '../../directory/people/people.module';
import {
  EventResolutionsController,
  ExecutionController,
  ResolutionPdfController,
  ResolutionsController,
} from './resolutions.controller';
import { ResolutionPointsRepository } from './resolution-points.repository';
import { ResolutionsRepository } from './resolutions.repository';
import { ResolutionSealRepository } from './resolution-seal.repository';
import { ResolutionAccess } from './resolution-access';
import { ResolutionAdoptionService } from './resolution-adoption.service';
import { ResolutionDraftingService } from './resolution-drafting.service';
import { ResolutionDocumentService } from './resolution-document.service';
import { ResolutionExecutionService } from './resolution-execution.service';
import { ResolutionsService } from './resolutions.service';
import { ResolutionSealSource } from './resolution-seal';
import { ResolutionVotes } from './resolution-votes';
import { PointIndicatorsController } from './indicators/point-indicators.controller';
import { PointIndicatorsRepository } from './indicators/point-indicators.repository';
import { PointIndicatorsService } from './indicators/point-indicators.service';
import { VerificationModule } from '../verification/verification.module';

@Module({
  imports: [
    WebhooksModule,
    EventsModule,
    AttendanceModule,
    PeopleModule,
    OrganizationsModule,
    AuditModule,
    NotificationsModule,
    VerificationModule,
  ],
  controllers: [
    EventResolutionsController,
    ResolutionPdfController,
    ResolutionsController,
    ExecutionController,
    PointIndicatorsController,
  ],
  providers: [
    ResolutionsService,
    ResolutionDraftingService,
    ResolutionAdoptionService,
    ResolutionExecutionService,
    ResolutionDocumentService,
    ResolutionAccess,
    ResolutionSealSource,
    ResolutionVotes,
    ResolutionsRepository,
    ResolutionPointsRepository,
    ResolutionSealRepository,
    PointIndicatorsService,
    PointIndicatorsRepository,
  ],
  exports: [ResolutionsService, ResolutionExecutionService, ResolutionVotes],
})
export class ResolutionsModule {}
