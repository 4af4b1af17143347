import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { EventsModule } from '../../forum/events/events.module';
import { OrganizationsModule } from '../../directory/organizations/organizations.module';
import { PeopleModule } from '../../directory/people/people.module';
import { RegionsModule } from '../../directory/regions/regions.module';
import { PlansController } from './plans.controller';
import { PlansRepository } from './plans.repository';
import { PlanAccess } from './plan-access';
import { PlanImportService } from './plan-import.service';
import { PlanPointsService } from './plan-points.service';
import { PlansService } from './plans.service';

@Module({
  imports: [AuditModule, EventsModule, OrganizationsModule, PeopleModule, RegionsModule],
  controllers: [PlansController],
  providers: [PlansService, PlanPointsService, PlanImportService, PlanAccess, PlansRepository],
  exports: [PlansService],
})
export class PlansModule {}
