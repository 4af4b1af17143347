import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountChanges } from './account-changes';
import { PasswordHasher } from './password-hasher';
import { UserScopeEntity } from './user-scope.entity';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, UserScopeEntity])],
  controllers: [UsersController],
  providers: [UsersService, UsersRepository, PasswordHasher, AccountChanges],
  exports: [UsersService, AccountChanges],
})
export class UsersModule {}
