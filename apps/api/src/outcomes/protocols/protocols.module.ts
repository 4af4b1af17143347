import { Module } from '@nestjs/common';
import { AttendanceModule } from '../../participation/attendance/attendance.module';
import { AuditModule } from '../../platform/audit/audit.module';
import { EventsModule } from '../../forum/events/events.module';
import { PeopleModule } from '../../directory/people/people.module';
import { SessionsModule } from '../../forum/sessions/sessions.module';
import { ResolutionsModule } from '../resolutions/resolutions.module';
import { EventProtocolsController, ProtocolDocumentsController, ProtocolsController } from './protocols.controller';
import { ProtocolDocumentService } from './protocol-document.service';
import { ProtocolAccess } from './protocol-access';
import { ProtocolDrafts } from './protocol-drafts';
import { ProtocolLinesService } from './protocol-lines.service';
import { ProtocolRecordService } from './protocol-record.service';
import { ProtocolSigningService } from './protocol-signing.service';
import { ProtocolSeedService } from './protocol-seed.service';
import { ProtocolItemsRepository } from './protocol-items.repository';
import { ProtocolsRepository } from './protocols.repository';
import { ProtocolsService } from './protocols.service';
import { ProtocolSealSource } from './protocol-seal';
import { VerificationModule } from '../verification/verification.module';

@Module({
  imports: [
    EventsModule,
    SessionsModule,
    AttendanceModule,
    PeopleModule,
    AuditModule,
    ResolutionsModule,
    VerificationModule,
  ],
  controllers: [EventProtocolsController, ProtocolDocumentsController, ProtocolsController],
  providers: [
    ProtocolsService,
    ProtocolLinesService,
    ProtocolDrafts,
    ProtocolSeedService,
    ProtocolDocumentService,
    ProtocolSigningService,
    ProtocolRecordService,
    ProtocolAccess,
    ProtocolSealSource,
    ProtocolsRepository,
    ProtocolItemsRepository,
  ],
  exports: [ProtocolsService, ProtocolSeedService],
})
export class ProtocolsModule {}
