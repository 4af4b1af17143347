import { Module } from '@nestjs/common';
import { RateLimitsModule } from '../../platform/rate-limits/rate-limits.module';
import { VerificationController } from './verification.controller';
import { VerificationRepository } from './verification.repository';
import { VerificationService } from './verification.service';

/**
 * Seals and verification of final acts. It knows no kind of act itself: the modules owning resolutions and
 * protocols register a SealedActSource, so this module sits below them and they import it.
 */
@Module({
  imports: [RateLimitsModule],
  controllers: [VerificationController],
  providers: [VerificationService, VerificationRepository],
  exports: [VerificationService],
})
export class VerificationModule {}
