import { Module } from '@nestjs/common';
import { AttendanceCache } from './attendance.cache';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { CheckInsRepository } from './check-ins.repository';
import { RosterRepository } from './roster.repository';
import { RosterService } from './roster.service';

@Module({
  controllers: [AttendanceController],
  providers: [
    AttendanceService,
    AttendanceRepository,
    CheckInsRepository,
    AttendanceCache,
    RosterService,
    RosterRepository,
  ],
  exports: [AttendanceService, RosterService],
})
export class AttendanceModule {}
