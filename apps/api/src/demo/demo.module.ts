import { Module } from '@nestjs/common';
import { ProtocolsModule } from '../outcomes/protocols/protocols.module';
import { VerificationModule } from '../outcomes/verification/verification.module';
import { DemoLoader } from './demo.loader';

@Module({ imports: [ProtocolsModule, VerificationModule], providers: [DemoLoader] })
export class DemoModule {}
