import { WebhooksModule } from '../../platform/webhooks/webhooks.module';
import { Module } from '@nestjs/common';
import { EventsModule } from '../../forum/events/events.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../../directory/people/people.module';
import { OrganizationsModule } from '../../directory/organizations/organizations.module';
import { RegionsModule } from '../../directory/regions/regions.module';
import { UsersModule } from '../../platform/users/users.module';
import {
  EventBadgesController,
  EventInvitationsController,
  EventRegistrationsController,
  InvitationsController,
  RegistrationsController,
} from './registrations.controller';
import { BadgesService } from './badges.service';
import { InvitationsService } from './invitations.service';
import { RegistrationAccess } from './registration-access';
import { RegistrationNews } from './registration-news';
import { RegistrationSeats } from './registration-seats';
import { RegistrationDistricts } from './registration-districts';
import { RegistrationDistrictsRepository } from './registration-districts.repository';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';
import { SignupsController } from './signups.controller';
import { SignupsRepository } from './signups.repository';
import { SignupsService } from './signups.service';

@Module({
  imports: [
    EventsModule,
    PeopleModule,
    OrganizationsModule,
    RegionsModule,
    UsersModule,
    NotificationsModule,
    WebhooksModule,
  ],
  controllers: [
    EventRegistrationsController,
    EventInvitationsController,
    EventBadgesController,
    InvitationsController,
    RegistrationsController,
    SignupsController,
  ],
  providers: [
    RegistrationsService,
    InvitationsService,
    BadgesService,
    RegistrationAccess,
    RegistrationNews,
    RegistrationSeats,
    RegistrationsRepository,
    RegistrationDistricts,
    RegistrationDistrictsRepository,
    SignupsService,
    SignupsRepository,
  ],
  exports: [RegistrationsService],
})
export class RegistrationsModule {}
