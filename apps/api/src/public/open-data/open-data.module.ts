import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller';
import { OpenDataRepository } from './open-data.repository';
import { OpenDataService } from './open-data.service';

/** The open-data API and bulk download (issue 17): reads the public record, writes nothing. */
@Module({
  controllers: [OpenDataController],
  providers: [OpenDataService, OpenDataRepository],
  exports: [OpenDataService],
})
export class OpenDataModule {}
