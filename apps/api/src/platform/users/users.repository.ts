import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, Role } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Tx, Where } from '@app/database';
import type { UserScope } from '../access/auth-user';
import { UserScopeEntity } from './user-scope.entity';
import { UserEntity } from './user.entity';

export interface UserRow {
  id: string;
  email: string;
  fullName: string;
  language: Language;
  roles: Role[];
  isActive: boolean;
  /** Signed up, waiting for the confirmation link: inactive until then. */
  pendingConfirmation: boolean;
  version: number;
  createdAt: Date;
  personId: string | null;
  scopes: UserScope[];
}

export interface NewUser {
  email: string;
  passwordHash: string;
  fullName: string;
  language: Language;
  roles: Role[];
  scopes: UserScope[];
}

export interface UserChanges {
  fullName?: string;
  language?: Language;
  roles?: Role[];
  isActive?: boolean;
  passwordHash?: string;
}

const USER_COLUMNS = `u.id, u.email, u.full_name AS "fullName", u.language, u.roles, u.is_active AS "isActive",
  u.pending_confirmation AS "pendingConfirmation", u.version, u.created_at AS "createdAt", u.person_id AS "personId",
  COALESCE((SELECT json_agg(json_build_object('role', s.role, 'kind', s.scope_kind, 'id', s.scope_id)
                            ORDER BY s.scope_kind, s.scope_id, s.role)
            FROM user_scopes s WHERE s.user_id = u.id), '[]'::json) AS scopes`;

/** Every query of users and their scopes. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<UserRow | undefined> {
    const rows: UserRow[] = await this.dataSource.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
    return rows[0];
  }

  /** For sign-in: the stored hash and whether the account may sign in. */
  async findCredentials(email: string): Promise<{ id: string; passwordHash: string; isActive: boolean } | undefined> {
    const rows: { id: string; passwordHash: string; isActive: boolean }[] = await this.dataSource.query(
      `SELECT id, password_hash AS "passwordHash", is_active AS "isActive" FROM users WHERE email = $1`,
      [email],
    );
    return rows[0];
  }

  /**
   * The same password under a new hash (new hashing settings): not an account change, so the
   * version and the sessions stay. Only while the old hash is still there: a password changed
   * meanwhile wins.
   */
  async replacePasswordHash(id: string, oldHash: string, newHash: string): Promise<void> {
    await this.dataSource.query(`UPDATE users SET password_hash = $3 WHERE id = $1 AND password_hash = $2`, [
      id,
      oldHash,
      newHash,
    ]);
  }

  async activeAdminEmails(limit: number): Promise<string[]> {
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM users WHERE 'admin' = ANY (roles) AND is_active ORDER BY created_at, email LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.email);
  }

  async existsByEmail(email: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
    return rows.length > 0;
  }

  async list(options: {
    q?: string;
    role?: Role;
    limit: number;
    offset: number;
  }): Promise<{ items: UserRow[]; total: number }> {
    const where = new Where()
      .when(options.q && `%${options.q.toLowerCase()}%`, (p) => `(u.email LIKE ${p} OR lower(u.full_name) LIKE ${p})`)
      .when(
        options.role,
        (p) => `(${p} = ANY(u.roles) OR EXISTS (SELECT 1 FROM user_scopes s WHERE s.user_id = u.id AND s.role = ${p}))`,
      );
    const rows: (UserRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS}, count(*) OVER () AS total FROM users u WHERE ${where.sql()}
       ORDER BY u.created_at, u.id LIMIT ${where.param(options.limit)} OFFSET ${where.param(options.offset)}`,
      where.params,
    );
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      items: rows.map(({ total: _total, ...row }) => row),
    };
  }

  /** `after` runs in the same transaction (the audit record of the change). */
  async create(user: NewUser, after?: (manager: Tx, id: string) => Promise<void>): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(UserEntity).save(
        manager.getRepository(UserEntity).create({
          email: user.email,
          passwordHash: user.passwordHash,
          fullName: user.fullName,
          language: user.language,
          roles: user.roles,
        }),
      );
      await this.replaceScopes(manager, saved.id, user.scopes);
      await after?.(manager, saved.id);
      return saved.id;
    });
  }

  /**
   * Applies changes when the stored version is `expectedVersion` (any version when undefined).
   * Returns false when the user is missing or the version is stale.
   */
  async update(
    id: string,
    changes: UserChanges,
    scopes: UserScope[] | undefined,
    expectedVersion?: number,
    after?: (manager: Tx) => Promise<void>,
  ): Promise<'updated' | 'missing' | 'stale'> {
    return this.dataSource.transaction(async (manager) => {
      const current: { version: number }[] = await manager.query(`SELECT version FROM users WHERE id = $1 FOR UPDATE`, [
        id,
      ]);
      if (current.length === 0) {
        return 'missing';
      }
      if (expectedVersion !== undefined && current[0].version !== expectedVersion) {
        return 'stale';
      }
      await manager.query(
        `UPDATE users SET
           full_name = COALESCE($2, full_name),
           language = COALESCE($3, language),
           roles = COALESCE($4::text[], roles),
           is_active = COALESCE($5, is_active),
           pending_confirmation = pending_confirmation AND $5::boolean IS NULL,
           password_hash = COALESCE($6, password_hash),
           version = version + 1,
           updated_at = now()
         WHERE id = $1`,
        [
          id,
          changes.fullName ?? null,
          changes.language ?? null,
          changes.roles ?? null,
          changes.isActive ?? null,
          changes.passwordHash ?? null,
        ],
      );
      if (scopes) {
        await this.replaceScopes(manager, id, scopes);
      }
      if (changes.isActive === false || changes.passwordHash) {
        await manager.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
          id,
        ]);
      }
      await after?.(manager);
      return 'updated';
    });
  }

  /** Links an account to its person record, unless it has one already; returns the linked person. */
  async linkPerson(userId: string, personId: string): Promise<string> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [rows]: [{ personId: string }[], number] = await this.dataSource.query(
      `UPDATE users SET person_id = COALESCE(person_id, $2), updated_at = now() WHERE id = $1 RETURNING person_id AS "personId"`,
      [userId, personId],
    );
    return rows[0].personId;
  }

  private async replaceScopes(manager: EntityManager, userId: string, scopes: UserScope[]): Promise<void> {
    await manager.delete(UserScopeEntity, { userId });
    if (scopes.length > 0) {
      await manager.insert(
        UserScopeEntity,
        scopes.map((scope) => ({ userId, role: scope.role, scopeKind: scope.kind, scopeId: scope.id })),
      );
    }
  }
}
