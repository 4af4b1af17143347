import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { EventsModule } from '../../forum/events/events.module';
import { OrganizationsModule } from '../../directory/organizations/organizations.module';
import { PeopleModule } from '../../directory/people/people.module';
import { RegionsModule } from '../../directory/regions/regions.module';
import { PlansController } from './plans.controller';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

@Module({
  imports: [AuditModule, EventsModule, OrganizationsModule, PeopleModule, RegionsModule],
  controllers: [PlansController],
  providers: [PlansService, PlansRepository],
  exports: [PlansService],
})
export class PlansModule {}
