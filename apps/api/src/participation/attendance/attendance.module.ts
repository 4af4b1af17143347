import { Module } from '@nestjs/common';
import { AttendanceCache } from './attendance.cache';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { CheckInService } from './check-in.service';
import { CheckInsRepository } from './check-ins.repository';
import { RosterRepository } from './roster.repository';
import { RosterService } from './roster.service';

@Module({
  controllers: [AttendanceController],
  providers: [
    AttendanceService,
    CheckInService,
    AttendanceRepository,
    CheckInsRepository,
    AttendanceCache,
    RosterService,
    RosterRepository,
  ],
  exports: [AttendanceService, RosterService],
})
export class AttendanceModule {}
