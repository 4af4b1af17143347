import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StaffMemberDto, StaffRole } from './dto/staff.dto';
import type { Tx } from '@app/database';

const MEMBER_COLUMNS = `u.id AS "userId", u.email, u.full_name AS "fullName", s.role`;

/** The event-scoped secretary and checker rights (rows of user_scopes) of one event. */
@Injectable()
export class StaffRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  list(eventId: string): Promise<StaffMemberDto[]> {
    return this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM user_scopes s JOIN users u ON u.id = s.user_id
       WHERE s.scope_kind = 'event' AND s.scope_id = $1 AND s.role IN ('secretary', 'checker')
       ORDER BY s.role, u.email`,
      [eventId],
    );
  }

  async findUserByEmail(
    manager: Tx,
    email: string,
  ): Promise<{ id: string; email: string; fullName: string } | undefined> {
    const rows: { id: string; email: string; fullName: string }[] = await manager.query(
      `SELECT id, email, full_name AS "fullName" FROM users WHERE email = $1 AND is_active`,
      [email],
    );
    return rows[0];
  }

  /**
   * Grants the role on the event; false when the user held it already. The role also goes
   * into the user's role list, which the route guards read (as UsersService does).
   */
  async grant(manager: Tx, userId: string, role: StaffRole, eventId: string): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO user_scopes (user_id, role, scope_kind, scope_id) VALUES ($1, $2, 'event', $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, role, eventId],
    );
    if (inserted.length === 0) {
      return false;
    }
    await manager.query(
      `UPDATE users SET roles = CASE WHEN $2 = ANY(roles) THEN roles ELSE array_append(roles, $2) END,
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [userId, role],
    );
    return true;
  }

  /** Takes the role on this event away; the member as it was, or undefined when there was no such right. */
  async revoke(manager: Tx, userId: string, role: StaffRole, eventId: string): Promise<StaffMemberDto | undefined> {
    const rows: StaffMemberDto[] = await manager.query(
      `WITH removed AS (
         DELETE FROM user_scopes WHERE user_id = $1 AND role = $2 AND scope_kind = 'event' AND scope_id = $3
         RETURNING user_id, role)
       SELECT ${MEMBER_COLUMNS} FROM removed s JOIN users u ON u.id = s.user_id`,
      [userId, role, eventId],
    );
    if (rows.length > 0) {
      await manager.query(`UPDATE users SET version = version + 1, updated_at = now() WHERE id = $1`, [userId]);
    }
    return rows[0];
  }
}
