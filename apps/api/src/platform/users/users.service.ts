import { Injectable, Logger } from '@nestjs/common';
import { AppError } from '@app/common';
import { type Role, SCOPED_ROLES } from '@app/contracts';
import type { UserScope } from '../access/auth-user';
import type {
  CreateUserDto,
  ListUsersQueryDto,
  UpdateUserDto,
  UserListResponseDto,
  UserResponseDto,
} from './dto/user.dto';
import { AuditService, diff } from '../audit/audit.service';
import { AccountChanges } from './account-changes';
import { PasswordHasher, UNUSABLE_PASSWORD } from './password-hasher';
import { type UserRow, UsersRepository } from './users.repository';
import type { Tx } from '@app/database';

function toResponse(row: UserRow): UserResponseDto {
  return {
    id: row.id,
    email: row.email,
    fullName: row.fullName,
    language: row.language,
    roles: row.roles,
    scopes: row.scopes,
    isActive: row.isActive,
    pendingConfirmation: row.pendingConfirmation,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    personId: row.personId,
  };
}

/** A scoped role also needs the matching global role so that role guards see it; add it when missing. */
function withScopedRoles(roles: Role[], scopes: UserScope[]): Role[] {
  const all = new Set<Role>(roles);
  for (const scope of scopes) {
    if ((SCOPED_ROLES as readonly string[]).includes(scope.role)) {
      all.add(scope.role);
    }
  }
  return [...all];
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly changes: AccountChanges,
    private readonly audit: AuditService,
  ) {}

  /** Without a password the account has none until its owner sets one through a link (see AccountLinksService). */
  async create(dto: CreateUserDto, actorId: string | null = null): Promise<UserResponseDto> {
    const scopes = dto.scopes ?? [];
    const user = {
      email: dto.email,
      fullName: dto.fullName?.trim() ?? '',
      language: dto.language ?? 'kk',
      roles: withScopedRoles(dto.roles ?? ['participant'], scopes),
      scopes,
    };
    const passwordHash = dto.password ? await this.hasher.hash(dto.password) : UNUSABLE_PASSWORD;
    const id = await this.users.create({ ...user, passwordHash }, (manager, created) =>
      this.audit.record(manager, {
        actorId,
        entity: 'user',
        entityId: created,
        action: 'create',
        eventId: null,
        changes: { ...user, withPassword: !!dto.password },
      }),
    );
    return this.get(id);
  }

  async get(id: string): Promise<UserResponseDto> {
    const row = await this.users.findById(id);
    if (!row) {
      throw AppError.notFound();
    }
    return toResponse(row);
  }

  /** The current state of a user for the auth layer (roles and scopes included). */
  findRow(id: string): Promise<UserRow | undefined> {
    return this.users.findById(id);
  }

  async list(query: ListUsersQueryDto): Promise<UserListResponseDto> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const { items, total } = await this.users.list({ q: query.q?.trim(), role: query.role, limit, offset });
    return { items: items.map(toResponse), total, limit, offset };
  }

  async update(
    id: string,
    dto: UpdateUserDto,
    expectedVersion: number | undefined,
    actorId: string | null = null,
  ): Promise<UserResponseDto> {
    const current = await this.users.findById(id);
    if (!current) {
      throw AppError.notFound();
    }
    const scopes = dto.scopes;
    const roles =
      dto.roles || scopes ? withScopedRoles(dto.roles ?? current.roles, scopes ?? current.scopes) : undefined;
    const result = await this.users.update(
      id,
      {
        fullName: dto.fullName?.trim(),
        language: dto.language,
        roles,
        isActive: dto.isActive,
        passwordHash: dto.password ? await this.hasher.hash(dto.password) : undefined,
      },
      scopes,
      expectedVersion,
      (manager) => this.recordUpdate(manager, actorId, current, dto, roles),
    );
    if (result === 'missing') {
      throw AppError.notFound();
    }
    if (result === 'stale') {
      throw AppError.versionMismatch();
    }
    this.changes.announce(id);
    return this.get(id);
  }

  /** The audit record of an admin's change: deactivate and reactivate stand out, the rest is an update. */
  private recordUpdate(
    manager: Tx,
    actorId: string | null,
    before: UserRow,
    dto: UpdateUserDto,
    roles: Role[] | undefined,
  ): Promise<void> {
    const after = {
      fullName: dto.fullName?.trim() ?? before.fullName,
      language: dto.language ?? before.language,
      roles: roles ?? before.roles,
      scopes: dto.scopes ?? before.scopes,
      isActive: dto.isActive ?? before.isActive,
    };
    const { fullName, language, roles: beforeRoles, scopes, isActive } = before;
    const changes = diff({ fullName, language, roles: beforeRoles, scopes, isActive }, after);
    if (dto.password) {
      changes.password = 'changed';
    }
    const onlyActivity = Object.keys(changes).length === 1 && 'isActive' in changes;
    const action = onlyActivity ? (after.isActive ? 'reactivate' : 'deactivate') : 'update';
    return this.audit.record(manager, { actorId, entity: 'user', entityId: before.id, action, eventId: null, changes });
  }

  async linkPerson(userId: string, personId: string): Promise<string> {
    const linked = await this.users.linkPerson(userId, personId);
    this.changes.announce(userId);
    return linked;
  }

  /** Checks a password; undefined for an unknown e-mail, a wrong password or a disabled account. */
  async authenticate(email: string, password: string): Promise<string | undefined> {
    const credentials = await this.users.findCredentials(email.trim().toLowerCase());
    if (!credentials) {
      await this.hasher.verifyNothing(password);
      return undefined;
    }
    const valid = await this.hasher.verify(credentials.passwordHash, password);
    if (!valid || !credentials.isActive) {
      return undefined;
    }
    if (this.hasher.needsRehash(credentials.passwordHash)) {
      await this.rehash(credentials.id, credentials.passwordHash, password);
    }
    return credentials.id;
  }

  /** A hash made with older settings, replaced now that the password is known; sign-in goes on if it fails. */
  private async rehash(id: string, oldHash: string, password: string): Promise<void> {
    try {
      await this.users.replacePasswordHash(id, oldHash, await this.hasher.hash(password));
    } catch (error) {
      this.logger.warn(`Could not rehash the password of user ${id}: ${String(error)}`);
    }
  }

  /** For the start-up banner: whom to sign in as. */
  activeAdminEmails(limit = 3): Promise<string[]> {
    return this.users.activeAdminEmails(limit);
  }

  /** Start-up bootstrap: creates the configured admin when no user has that e-mail. */
  async ensureAdmin(email: string, password: string): Promise<void> {
    const normalized = email.trim().toLowerCase();
    if (await this.users.existsByEmail(normalized)) {
      return;
    }
    try {
      await this.users.create({
        email: normalized,
        passwordHash: await this.hasher.hash(password),
        fullName: 'Administrator',
        language: 'kk',
        roles: ['admin'],
        scopes: [],
      });
      this.logger.log(`Created the admin user ${normalized}`);
    } catch (error) {
      // Another instance created it at the same moment: that is the outcome we wanted.
      if (!(await this.users.existsByEmail(normalized))) {
        throw error;
      }
    }
  }
}
