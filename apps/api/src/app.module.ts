import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AgendaModule } from './agenda/agenda.module';
import { AttendanceModule } from './attendance/attendance.module';
import { AuthModule } from './auth/auth.module';
import { DemoModule } from './demo/demo.module';
import { EventsModule } from './events/events.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PagesModule } from './pages/pages.module';
import { PeopleModule } from './people/people.module';
import { RegionsModule } from './regions/regions.module';
import { RegistrationsModule } from './registrations/registrations.module';
import { ResolutionsModule } from './resolutions/resolutions.module';
import { SessionsModule } from './sessions/sessions.module';
import { StaffModule } from './staff/staff.module';
import { HealthModule } from './health/health.module';
import { UsersModule } from './users/users.module';

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
        DatabaseModule.forRoot({ url: databaseUrl, poolSize: config.dbPoolSize }),
        HealthModule,
        UsersModule,
        AuthModule,
        RegionsModule,
        OrganizationsModule,
        PeopleModule,
        EventsModule,
        SessionsModule,
        AgendaModule,
        RegistrationsModule,
        AttendanceModule,
        ResolutionsModule,
        StaffModule,
        PagesModule,
        DemoModule,
      ],
    };
  }
}
