import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppError, ExpiringMap, secretHash } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { randomBytes } from 'node:crypto';
import { AccountChanges } from '../users/account-changes';
import { UsersService } from '../users/users.service';
import type { AuthUser } from '../access/auth-user';
import { AuthRepository } from './auth.repository';
import type { LoginResponseDto } from './dto/login.dto';

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

/** How long a resolved token is trusted without asking the database: a safety net behind the change notices. */
const TOKEN_CACHE_MS = 5_000;
const TOKEN_CACHE_ENTRIES = 10_000;

@Injectable()
export class AuthService implements OnModuleDestroy {
  /**
   * Resolved tokens by hash. Used only while this instance listens to the database's account
   * change notices (migration AuthChanges): a deactivation, a role or scope change or a
   * revocation on any instance drops the user's entries at its commit; one made here drops them
   * before its request answers (AccountChanges). Logout here drops the session's entry before
   * it answers. A lookup that a drop overtook is not kept.
   */
  private readonly tokens = new ExpiringMap<string, AuthUser>(TOKEN_CACHE_ENTRIES);
  /** Listening starts with the first token to resolve: an app that never sees one opens no connection. */
  private watchStarted = false;

  constructor(
    private readonly repository: AuthRepository,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    accountChanges: AccountChanges,
  ) {
    accountChanges.subscribe((userId) => this.forgetUser(userId));
  }

  onModuleDestroy(): void {
    this.forgetAll();
  }

  /** Drops what is cached about a user (their account, scopes or sessions changed). */
  private forgetUser(userId: string): void {
    this.tokens.deleteWhere((user) => user.id === userId);
  }

  private forgetAll(): void {
    this.tokens.clear();
  }

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
      throw new AppError('TOO_MANY_LOGIN_ATTEMPTS', { seconds: blocked.retryAfter }, [], {
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
      tokenHash: secretHash(token),
      expiresAt,
      ip: client.ip.slice(0, 64),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    const user = await this.users.get(userId);
    return { accessToken: token, tokenType: 'Bearer', expiresAt: expiresAt.toISOString(), user };
  }

  /** The user behind a bearer token, or undefined when the token is unknown, expired or revoked. */
  async resolveToken(token: string): Promise<AuthUser | undefined> {
    if (!this.watchStarted) {
      this.watchStarted = true;
      this.repository.watchAuthChanges({ notice: (userId) => this.forgetUser(userId), lost: () => this.forgetAll() });
    }
    const hash = secretHash(token);
    if (!this.repository.hearsAuthChanges()) {
      return (await this.repository.findUserByTokenHash(hash))?.user;
    }
    // Concurrent requests of one token share one lookup: when its entry lapses, the fifty
    // scanners of a door behind one account must not all ask the database at once.
    return this.tokens.getOrLoad(hash.toString('base64'), async () => {
      const found = await this.repository.findUserByTokenHash(hash);
      const until = this.repository.hearsAuthChanges()
        ? Math.min(Date.now() + TOKEN_CACHE_MS, found?.expiresAt.getTime() ?? 0)
        : 0;
      return found && { value: found.user, until };
    });
  }

  async logout(user: AuthUser): Promise<void> {
    await this.repository.revokeSession(user.sessionId);
    this.tokens.deleteWhere((cached) => cached.sessionId === user.sessionId);
  }

  purgeStale(): Promise<void> {
    return this.repository.purgeStale(this.config.auth.loginWindowSeconds);
  }
}
