import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../../directory/organizations/organizations.module';
import { PeopleModule } from '../../directory/people/people.module';
import { NotificationsModule } from '../../participation/notifications/notifications.module';
import { ControlController } from './control.controller';
import { ControlReminderWorker } from './control-reminder.worker';
import { ControlRemindersService } from './control-reminders.service';
import { ControlRepository } from './control.repository';
import { ControlService } from './control.service';

@Module({
  imports: [OrganizationsModule, PeopleModule, NotificationsModule],
  controllers: [ControlController],
  providers: [ControlService, ControlRepository, ControlRemindersService, ControlReminderWorker],
  exports: [ControlService, ControlRemindersService],
})
export class ControlModule {}
