import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../../directory/organizations/organizations.module';
import { ControlController } from './control.controller';
import { ControlRepository } from './control.repository';
import { ControlService } from './control.service';

@Module({
  imports: [OrganizationsModule],
  controllers: [ControlController],
  providers: [ControlService, ControlRepository],
  exports: [ControlService],
})
export class ControlModule {}
