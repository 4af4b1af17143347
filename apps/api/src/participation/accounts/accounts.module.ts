import { Module } from '@nestjs/common';
import { RateLimitsModule } from '../../platform/rate-limits/rate-limits.module';
import { UsersModule } from '../../platform/users/users.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { AccountsController, InvitationAccountController, ResetLinkController } from './accounts.controller';
import { AccountsService } from './accounts.service';

/** Self sign-up, reset links and the accounts invitations make (the mail goes through the outbox). */
@Module({
  imports: [UsersModule, RateLimitsModule, NotificationsModule, RegistrationsModule],
  controllers: [AccountsController, ResetLinkController, InvitationAccountController],
  providers: [AccountsService],
  exports: [AccountsService],
})
export class AccountsModule {}
