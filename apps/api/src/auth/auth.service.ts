import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createHash, randomBytes } from 'node:crypto';
import { UsersService } from '../users/users.service';
import type { AuthUser } from './auth-user';
import { AuthRepository } from './auth.repository';
import type { LoginResponseDto } from './dto/login.dto';

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

@Injectable()
export class AuthService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Signs in with e-mail and password. Every attempt counts against the account and the
   * client's IP; past the limit the answer is 429 whatever the password.
   */
  async login(email: string, password: string, client: ClientInfo): Promise<LoginResponseDto> {
    const { loginMaxAttemptsPerAccount, loginMaxAttemptsPerIp, loginWindowSeconds } = this.config.auth;
    const accountKey = `account:${email.trim().toLowerCase()}`;
    const counts = await this.repository.countAttempts([accountKey, `ip:${client.ip}`], loginWindowSeconds);
    const blocked = counts.find(
      (c) => c.attempts > (c.key === accountKey ? loginMaxAttemptsPerAccount : loginMaxAttemptsPerIp),
    );
    if (blocked) {
      throw new AppError('TOO_MANY_LOGIN_ATTEMPTS', 429, { seconds: blocked.retryAfter }, [], {
        'retry-after': String(blocked.retryAfter),
      });
    }

    const userId = await this.users.authenticate(email, password);
    if (!userId) {
      throw AppError.unauthorized('INVALID_CREDENTIALS');
    }
    await this.repository.clearAttempts(accountKey);

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.tokenTtlHours * 3_600_000);
    await this.repository.createSession({
      userId,
      tokenHash: hashToken(token),
      expiresAt,
      ip: client.ip.slice(0, 64),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    const user = await this.users.get(userId);
    return { accessToken: token, tokenType: 'Bearer', expiresAt: expiresAt.toISOString(), user };
  }

  /** The user behind a bearer token, or undefined when the token is unknown, expired or revoked. */
  resolveToken(token: string): Promise<AuthUser | undefined> {
    return this.repository.findUserByTokenHash(hashToken(token));
  }

  logout(user: AuthUser): Promise<void> {
    return this.repository.revokeSession(user.sessionId);
  }

  purgeStale(): Promise<void> {
    return this.repository.purgeStale(this.config.auth.loginWindowSeconds);
  }
}
