import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { EventsModule } from '../events/events.module';
import { PeopleModule } from '../../directory/people/people.module';
import { EventSessionsController, SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SessionRules } from './session-rules';

@Module({
  imports: [EventsModule, PeopleModule, AuditModule],
  controllers: [EventSessionsController, SessionsController],
  providers: [SessionsService, SessionRules, SessionsRepository],
  exports: [SessionsService],
})
export class SessionsModule {}
