import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Where, type Tx } from '@app/database';

export interface AuditEntry {
  actorId: string | null;
  entity:
    | 'event'
    | 'session'
    | 'resolution'
    | 'point'
    | 'protocol'
    | 'poll'
    | 'material'
    | 'award'
    | 'plan'
    | 'plan_point'
    | 'person'
    | 'user';
  entityId: string;
  action:
    | 'create'
    | 'update'
    | 'delete'
    | 'publish'
    | 'cancel'
    | 'close'
    | 'item'
    | 'speech'
    | 'speech-removed'
    | 'instruction'
    | 'instruction-edited'
    | 'instruction-removed'
    | 'sign'
    | 'withdraw'
    | 'approve'
    | 'adopt'
    | 'amend'
    | 'progress'
    | 'grant'
    | 'revoke'
    | 'open'
    | 'version'
    | 'issue'
    | 'link'
    | 'unlink'
    | 'import'
    | 'deactivate'
    | 'reactivate'
    | 'reset-link'
    | 'merge'
    | 'sign-up'
    | 'confirm'
    | 'password';
  eventId: string | null;
  changes: Record<string, unknown>;
}

export interface AuditRow extends AuditEntry {
  id: string;
  at: Date;
  actorEmail: string | null;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Written with the caller's transaction manager, so the change and its record commit together. */
  async insert(manager: Tx, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, entity, entity_id, action, event_id, changes) VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.actorId, entry.entity, entry.entityId, entry.action, entry.eventId, JSON.stringify(entry.changes)],
    );
  }

  list(filter: {
    entity?: string;
    entityId?: string;
    eventId?: string;
    limit: number;
    offset: number;
  }): Promise<AuditRow[]> {
    const where = new Where()
      .when(filter.entity, (p) => `a.entity = ${p}`)
      .when(filter.entityId, (p) => `a.entity_id = ${p}`)
      .when(filter.eventId, (p) => `a.event_id = ${p}`);
    return this.dataSource.query(
      `SELECT a.id, a.at, a.actor_id AS "actorId", u.email AS "actorEmail", a.entity, a.entity_id AS "entityId",
              a.action, a.event_id AS "eventId", a.changes
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       WHERE ${where.sql()}
       ORDER BY a.at DESC, a.id DESC LIMIT ${where.param(filter.limit)} OFFSET ${where.param(filter.offset)}`,
      where.params,
    );
  }

  /** The event an audited entity belongs to (for scope checks), from its own records. */
  async eventOf(entity: string, entityId: string): Promise<string | null | undefined> {
    const rows: { eventId: string | null }[] = await this.dataSource.query(
      `SELECT event_id AS "eventId" FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id LIMIT 1`,
      [entity, entityId],
    );
    return rows[0]?.eventId;
  }

  async accessibleEvent(eventId: string): Promise<{ id: string; organizerIds: string[] } | undefined> {
    const rows: { id: string; organizerIds: string[] }[] = await this.dataSource.query(
      `SELECT e.id, COALESCE(array_agg(eo.organization_id::text) FILTER (WHERE eo.organization_id IS NOT NULL), '{}'::text[]) AS "organizerIds"
       FROM events e LEFT JOIN event_organizers eo ON eo.event_id = e.id
       WHERE e.id = $1 GROUP BY e.id`,
      [eventId],
    );
    return rows[0];
  }
}
