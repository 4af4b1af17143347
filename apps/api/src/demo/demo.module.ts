import { Module } from '@nestjs/common';
import { PlansModule } from '../outcomes/plans/plans.module';
import { ProtocolsModule } from '../outcomes/protocols/protocols.module';
import { VerificationModule } from '../outcomes/verification/verification.module';
import { DemoLoader } from './demo.loader';

@Module({ imports: [ProtocolsModule, VerificationModule, PlansModule], providers: [DemoLoader] })
export class DemoModule {}
