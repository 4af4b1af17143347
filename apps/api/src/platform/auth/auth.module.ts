import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
import { AuthSessionEntity } from './auth-session.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { LoginThrottleEntity } from './login-throttle.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AuthSessionEntity, LoginThrottleEntity]), UsersModule],
  controllers: [AuthController],
  providers: [AuthService, AuthRepository, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule implements OnApplicationBootstrap {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.admin) {
      await this.users.ensureAdmin(this.config.admin.email, this.config.admin.password);
    }
    await this.auth.purgeStale();
  }
}
