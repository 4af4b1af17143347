import { Module } from '@nestjs/common';
import { ProtocolsModule } from '../outcomes/protocols/protocols.module';
import { VerificationModule } from '../outcomes/verification/verification.module';
import { AwardsModule } from '../outcomes/awards/awards.module';
import { DemoLoader } from './demo.loader';

@Module({ imports: [ProtocolsModule, VerificationModule, AwardsModule], providers: [DemoLoader] })
export class DemoModule {}
