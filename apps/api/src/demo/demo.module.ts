import { Module } from '@nestjs/common';
import { PlansModule } from '../outcomes/plans/plans.module';
import { ProtocolsModule } from '../outcomes/protocols/protocols.module';
import { VerificationModule } from '../outcomes/verification/verification.module';
import { AwardsModule } from '../outcomes/awards/awards.module';
import { DemoLoader } from './demo.loader';
import { MaterialsModule } from '../participation/materials/materials.module';
import { FeedbackModule } from '../participation/feedback/feedback.module';

@Module({
  imports: [ProtocolsModule, VerificationModule, MaterialsModule, AwardsModule, PlansModule, FeedbackModule],
  providers: [DemoLoader],
})
export class DemoModule {}
