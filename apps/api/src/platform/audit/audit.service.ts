import { Injectable } from '@nestjs/common';
import { type AuditEntry, AuditRepository, type AuditRow } from './audit.repository';

export type { AuditEntry } from './audit.repository';
import type { Tx } from '@app/database';

/** Fields whose values never go into the log. */
const HIDDEN = new Set(['passwordHash', 'password']);

/** The fields that differ between two snapshots, as { field: { from, to } }. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (HIDDEN.has(key)) {
      continue;
    }
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
    }
  }
  return changes;
}

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(manager: Tx, entry: AuditEntry): Promise<void> {
    return this.audit.insert(manager, entry);
  }

  list(filter: {
    entity?: string;
    entityId?: string;
    eventId?: string;
    limit: number;
    offset: number;
  }): Promise<AuditRow[]> {
    return this.audit.list(filter);
  }

  eventOf(entity: string, entityId: string): Promise<string | null | undefined> {
    return this.audit.eventOf(entity, entityId);
  }

  /** The event as the access policy needs it (its organizers), or undefined when there is none. */
  accessibleEvent(eventId: string): Promise<{ id: string; organizerIds: string[] } | undefined> {
    return this.audit.accessibleEvent(eventId);
  }
}
