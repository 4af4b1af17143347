import { Module } from '@nestjs/common';
import { RateLimitsModule } from '../../platform/rate-limits/rate-limits.module';
import { OpenDataController } from './open-data.controller';
import { OpenDataRepository } from './open-data.repository';
import { OpenDataService } from './open-data.service';

/** The open-data API and bulk download (issue 17): reads the public record, writes nothing. */
@Module({
  imports: [RateLimitsModule],
  controllers: [OpenDataController],
  providers: [OpenDataService, OpenDataRepository],
  exports: [OpenDataService],
})
export class OpenDataModule {}
