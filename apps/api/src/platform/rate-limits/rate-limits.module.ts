import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimitEntity } from './rate-limit.entity';
import { RateLimitsRepository } from './rate-limits.repository';
import { RateLimitsService } from './rate-limits.service';

/** Rate limits shared by every instance (the database counts). */
@Module({
  imports: [TypeOrmModule.forFeature([RateLimitEntity])],
  providers: [RateLimitsService, RateLimitsRepository],
  exports: [RateLimitsService],
})
export class RateLimitsModule {}
