import { Module } from '@nestjs/common';
import { AuditModule } from '../../platform/audit/audit.module';
import { EventsModule } from '../events/events.module';
import { UsersModule } from '../../platform/users/users.module';
import { StaffController } from './staff.controller';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';

/** Secretaries and checkers of one event, named by its organizers. */
@Module({
  imports: [EventsModule, AuditModule, UsersModule],
  controllers: [StaffController],
  providers: [StaffService, StaffRepository],
})
export class StaffModule {}
