import { Module } from '@nestjs/common';
import { AgendaModule } from '../../forum/agenda/agenda.module';
import { EventsModule } from '../../forum/events/events.module';
import { MaterialsModule } from '../../participation/materials/materials.module';
import { RegionsModule } from '../../directory/regions/regions.module';
import { ProtocolsModule } from '../../outcomes/protocols/protocols.module';
import { ResolutionsModule } from '../../outcomes/resolutions/resolutions.module';
import { PagesController } from './pages.controller';
import { VerificationModule } from '../../outcomes/verification/verification.module';
import { PagesService } from './pages.service';

@Module({
  imports: [
    AgendaModule,
    EventsModule,
    MaterialsModule,
    ProtocolsModule,
    RegionsModule,
    ResolutionsModule,
    VerificationModule,
  ],
  controllers: [PagesController],
  providers: [PagesService],
})
export class PagesModule {}
