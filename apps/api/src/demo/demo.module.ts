import { Module } from '@nestjs/common';
import { ProtocolsModule } from '../outcomes/protocols/protocols.module';
import { DemoLoader } from './demo.loader';

@Module({ imports: [ProtocolsModule], providers: [DemoLoader] })
export class DemoModule {}
