import { Module } from '@nestjs/common';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { RosterRepository } from './roster.repository';
import { RosterService } from './roster.service';

@Module({
  controllers: [AttendanceController],
  providers: [AttendanceService, AttendanceRepository, RosterService, RosterRepository],
  exports: [AttendanceService, RosterService],
})
export class AttendanceModule {}
