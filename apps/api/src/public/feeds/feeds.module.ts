import { Module } from '@nestjs/common';
import { RateLimitsModule } from '../../platform/rate-limits/rate-limits.module';
import { OrganizationsModule } from '../../directory/organizations/organizations.module';
import { RegionsModule } from '../../directory/regions/regions.module';
import { AgendaModule } from '../../forum/agenda/agenda.module';
import { EventsModule } from '../../forum/events/events.module';
import { ResolutionsModule } from '../../outcomes/resolutions/resolutions.module';
import { RegistrationsModule } from '../../participation/registrations/registrations.module';
import { UsersModule } from '../../platform/users/users.module';
import { FeedsController } from './feeds.controller';
import { FeedsRepository } from './feeds.repository';
import { FeedsService } from './feeds.service';
import { ProtocolDecisionsRepository } from './protocol-decisions.repository';

@Module({
  imports: [
    AgendaModule,
    EventsModule,
    OrganizationsModule,
    RegionsModule,
    RegistrationsModule,
    ResolutionsModule,
    UsersModule,
    RateLimitsModule,
  ],
  controllers: [FeedsController],
  providers: [FeedsService, FeedsRepository, ProtocolDecisionsRepository],
})
export class FeedsModule {}
