import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { AuditModule } from '../audit/audit.module';
import { EventsModule } from '../events/events.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import {
  EventResolutionsController,
  ExecutionController,
  ResolutionPdfController,
  ResolutionsController,
} from './resolutions.controller';
import { ResolutionsRepository } from './resolutions.repository';
import { ResolutionsService } from './resolutions.service';

@Module({
  imports: [EventsModule, AttendanceModule, PeopleModule, OrganizationsModule, AuditModule, NotificationsModule],
  controllers: [EventResolutionsController, ResolutionPdfController, ResolutionsController, ExecutionController],
  providers: [ResolutionsService, ResolutionsRepository],
  exports: [ResolutionsService],
})
export class ResolutionsModule {}
