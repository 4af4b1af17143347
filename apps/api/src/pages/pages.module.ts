import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { EventsModule } from '../events/events.module';
import { RegionsModule } from '../regions/regions.module';
import { ResolutionsModule } from '../resolutions/resolutions.module';
import { PagesController } from './pages.controller';
import { PagesService } from './pages.service';

@Module({
  imports: [AgendaModule, EventsModule, RegionsModule, ResolutionsModule],
  controllers: [PagesController],
  providers: [PagesService],
})
export class PagesModule {}
