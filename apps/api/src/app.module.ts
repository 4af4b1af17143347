import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgendaModule } from './forum/agenda/agenda.module';
import { AttendanceModule } from './participation/attendance/attendance.module';
import { AuthModule } from './platform/auth/auth.module';
import { MaterialsModule } from './participation/materials/materials.module';
import { DemoModule } from './demo/demo.module';
import { EventsModule } from './forum/events/events.module';
import { OrganizationsModule } from './directory/organizations/organizations.module';
import { OpenDataModule } from './public/open-data/open-data.module';
import { PagesModule } from './public/pages/pages.module';
import { FeedsModule } from './public/feeds/feeds.module';
import { PeopleModule } from './directory/people/people.module';
import { RegionsModule } from './directory/regions/regions.module';
import { RegistrationsModule } from './participation/registrations/registrations.module';
import { AccountsModule } from './participation/accounts/accounts.module';
import { ResolutionsModule } from './outcomes/resolutions/resolutions.module';
import { ProtocolsModule } from './outcomes/protocols/protocols.module';
import { PollsModule } from './outcomes/polls/polls.module';
import { AwardsModule } from './outcomes/awards/awards.module';
import { FeedbackModule } from './participation/feedback/feedback.module';
import { PlansModule } from './outcomes/plans/plans.module';
import { ControlModule } from './outcomes/control/control.module';
import { VerificationModule } from './outcomes/verification/verification.module';
import { PeopleMergeModule } from './outcomes/people-merge/people-merge.module';
import { SessionsModule } from './forum/sessions/sessions.module';
import { StaffModule } from './forum/staff/staff.module';
import { HealthModule } from './platform/health/health.module';
import { UsersModule } from './platform/users/users.module';
import { WebhooksModule } from './platform/webhooks/webhooks.module';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  /** `databaseUrl` is the server in use: DATABASE_URL, or the embedded server's address. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ url: databaseUrl, poolSize: config.dbPoolSize, replica: config.databaseReplica }),
        HealthModule,
        UsersModule,
        WebhooksModule,
        AuthModule,
        RegionsModule,
        OrganizationsModule,
        PeopleModule,
        EventsModule,
        SessionsModule,
        AgendaModule,
        RegistrationsModule,
        AccountsModule,
        AttendanceModule,
        MaterialsModule,
        VerificationModule,
        ResolutionsModule,
        ProtocolsModule,
        PollsModule,
        AwardsModule,
        FeedbackModule,
        PlansModule,
        ControlModule,
        PeopleMergeModule,
        StaffModule,
        PagesModule,
        OpenDataModule,
        FeedsModule,
        DemoModule,
      ],
    };
  }
}
