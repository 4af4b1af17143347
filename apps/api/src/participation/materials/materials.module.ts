import { Module } from '@nestjs/common';
import { RateLimitsModule } from '../../platform/rate-limits/rate-limits.module';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { join } from 'node:path';
import { AuditModule } from '../../platform/audit/audit.module';
import { EventsModule } from '../../forum/events/events.module';
import { SessionsModule } from '../../forum/sessions/sessions.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { DiskFileStore, FILE_STORE } from './file-store';
import { EventMaterialsController, MaterialsController } from './materials.controller';
import { MaterialsRepository } from './materials.repository';
import { MaterialsService } from './materials.service';
import { MaterialEditingService } from './material-editing.service';
import { MaterialSeedService } from './material-seed.service';

@Module({
  imports: [EventsModule, SessionsModule, RegistrationsModule, AuditModule, RateLimitsModule],
  controllers: [EventMaterialsController, MaterialsController],
  providers: [
    MaterialsService,
    MaterialEditingService,
    MaterialSeedService,
    MaterialsRepository,
    {
      provide: FILE_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new DiskFileStore(join(config.dataDir, 'files')),
    },
  ],
  exports: [MaterialsService, MaterialSeedService],
})
export class MaterialsModule {}
