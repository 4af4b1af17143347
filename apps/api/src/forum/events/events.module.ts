import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { WebhooksModule } from '../../platform/webhooks/webhooks.module';
import { OrganizationsModule } from '../../directory/organizations/organizations.module';
import { RegionsModule } from '../../directory/regions/regions.module';
import { EventEditingService } from './event-editing.service';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

@Module({
  imports: [OrganizationsModule, RegionsModule, AuditModule, WebhooksModule],
  controllers: [EventsController],
  providers: [EventsService, EventEditingService, EventsRepository],
  exports: [EventsService, EventEditingService],
})
export class EventsModule {}
