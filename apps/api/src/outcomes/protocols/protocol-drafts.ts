import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { Tx } from '@app/database';
import type { AuthUser } from '../../platform/access/auth-user';
import { AuditService } from '../../platform/audit/audit.service';
import type { AuditEntry } from '../../platform/audit/audit.service';
import type { EventRow } from '../../forum/events/events.model';
import type { ProtocolRow } from './protocols.model';
import { ProtocolsRepository } from './protocols.repository';

/** Changes to a protocol while it is a draft nobody has signed yet. */
@Injectable()
export class ProtocolDrafts {
  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * One change to a draft, in a transaction holding the protocol's row: refused once approved
   * (409 PROTOCOL_APPROVED) or while signatures are on it (409 PROTOCOL_SIGNED), and audited.
   */
  async change(
    user: AuthUser,
    id: string,
    event: EventRow,
    action: AuditEntry['action'],
    work: (manager: Tx, row: ProtocolRow) => Promise<Record<string, unknown>>,
  ): Promise<void> {
    await this.protocols.transaction(async (manager) => {
      const row = await this.protocols.findById(id, manager, true);
      if (!row) {
        throw AppError.notFound();
      }
      if (row.status !== 'draft') {
        throw new AppError('PROTOCOL_APPROVED');
      }
      if ((await this.protocols.signaturesOf([id], manager)).length > 0) {
        throw new AppError('PROTOCOL_SIGNED');
      }
      const changes = await work(manager, row);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'protocol',
        entityId: id,
        action,
        eventId: event.id,
        changes,
      });
    });
  }
}
