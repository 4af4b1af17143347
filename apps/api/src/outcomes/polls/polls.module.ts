import { Module } from '@nestjs/common';
import { AttendanceModule } from '../../participation/attendance/attendance.module';
import { AuditModule } from '../../platform/audit/audit.module';
import { EventsModule } from '../../forum/events/events.module';
import { ProtocolsModule } from '../protocols/protocols.module';
import { ResolutionsModule } from '../resolutions/resolutions.module';
import { PollsLedger } from './poll-ledger';
import { PollsController, ScreenController } from './polls.controller';
import { PollsRepository } from './polls.repository';
import { PollsService } from './polls.service';

/** Votes by name (roll call and electronic), the members' vote card and the hall's projector. */
@Module({
  imports: [ResolutionsModule, ProtocolsModule, EventsModule, AttendanceModule, AuditModule],
  controllers: [PollsController, ScreenController],
  providers: [PollsService, PollsLedger, PollsRepository],
  exports: [PollsService],
})
export class PollsModule {}
