import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AccountChanges } from './account-changes';
import { AccountLinksRepository } from './account-links.repository';
import { AccountLinksService } from './account-links.service';
import { PasswordHasher } from './password-hasher';
import { UserScopeEntity } from './user-scope.entity';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserScopeEntity]), AuditModule],
  controllers: [UsersController],
  providers: [
    UsersService,
    UsersRepository,
    PasswordHasher,
    AccountChanges,
    AccountLinksService,
    AccountLinksRepository,
  ],
  exports: [UsersService, AccountChanges, AccountLinksService],
})
export class UsersModule {}
