import { Injectable } from '@nestjs/common';
import { VerificationService } from '../verification/verification.service';
import { AppError } from '@app/common';
import type { Language, ProtocolResponse, SignatoryRole } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../../forum/events/events.model';
import { AuditService } from '../../platform/audit/audit.service';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { CreateAddendumDto } from './dto/protocol.dto';
import { ProtocolAccess } from './protocol-access';
import { ProtocolRecordService } from './protocol-record.service';
import { protocolNumber } from './protocol-views';
import type { AttendanceSnapshot, ItemRow, ProtocolRow } from './protocols.model';
import { ProtocolsRepository } from './protocols.repository';
import { ProtocolItemsRepository } from './protocol-items.repository';
import type { Tx } from '@app/database';

/**
 * The life of a protocol after it is written: the chair and the secretary sign it, each by an
 * explicit act of their own; with both signatures it is approved: numbered, its attendance log and
 * decisions fixed, frozen. Then it is published; a correction is an addendum that links both ways.
 */
@Injectable()
export class ProtocolSigningService {
  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly items: ProtocolItemsRepository,
    private readonly access: ProtocolAccess,
    private readonly record: ProtocolRecordService,
    private readonly audit: AuditService,
    private readonly verification: VerificationService,
  ) {}

  /** The signed-in user signs as the protocol's chair or its secretary: the person the account is. */
  async sign(user: AuthUser, id: string, lang: Language): Promise<ProtocolResponse> {
    const { row: signing, event } = await this.signable(user, id);
    // What approval would fix is read before the transaction: inside it, a second connection per signature
    // could starve the pool when many sign at once. A draft nobody can edit while signing stays as read.
    const at = new Date();
    const items = await this.items.itemsOf([id]);
    const decisions = await this.record.decisionsOf(signing, items, lang);
    const attendance = await this.record.attendanceOf(signing, event, at);
    await this.protocols.transaction(async (manager) => {
      const row = (await this.protocols.findById(id, manager, true))!;
      if (row.status !== 'draft') {
        throw new AppError('PROTOCOL_APPROVED');
      }
      const role = this.roleOf(user, row);
      if (
        !(await this.protocols.insertSignature(manager, {
          protocolId: id,
          role,
          personId: user.personId!,
          userId: user.id,
          at,
        }))
      ) {
        throw new AppError('ALREADY_SIGNED');
      }
      const signatures = await this.protocols.signaturesOf([id], manager);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'protocol',
        entityId: id,
        action: 'sign',
        eventId: event.id,
        changes: { [role]: { from: null, to: user.personId } },
      });
      if (signatures.length === 2) {
        await this.approve(manager, row, event, { items, decisions, attendance, at }, user.id);
      }
    });
    return this.record.response((await this.protocols.findById(id))!, event, lang);
  }

  /**
   * Approves a draft whose two signatures are already on it: signatures made elsewhere (the demo's record of a
   * meeting held, or a qualified signature made in NCALayer and stored by its own flow).
   */
  async approveSigned(id: string, at: Date, lang: Language = 'kk'): Promise<void> {
    const row = await this.protocols.findById(id);
    const event = row && (await this.access.eventOf(row));
    if (!row || !event) {
      throw AppError.notFound();
    }
    const items = await this.items.itemsOf([id]);
    const decisions = await this.record.decisionsOf(row, items, lang);
    const attendance = await this.record.attendanceOf(row, event, at);
    await this.protocols.transaction(async (manager) => {
      const locked = (await this.protocols.findById(id, manager, true))!;
      if (locked.status !== 'draft') {
        throw new AppError('PROTOCOL_APPROVED');
      }
      if ((await this.protocols.signaturesOf([id], manager)).length < 2) {
        throw new AppError('PROTOCOL_NOT_APPROVED');
      }
      await this.approve(manager, locked, event, { items, decisions, attendance, at }, null);
    });
  }

  /** With both signatures: what the record says now is what it says for good, numbered without a gap. */
  private async approve(
    manager: Tx,
    row: ProtocolRow,
    event: EventRow,
    fixed: {
      items: ItemRow[];
      decisions: Map<string, { id: string }[]>;
      attendance: AttendanceSnapshot;
      at: Date;
    },
    actorId: string | null,
  ): Promise<void> {
    const { items, decisions, attendance, at } = fixed;
    await this.protocols.fixDecisions(
      manager,
      items.map((item) => ({ itemId: item.id, resolutionIds: (decisions.get(item.id) ?? []).map((d) => d.id) })),
    );
    const organizationId = event.organizers[0].id;
    const year = Number(row.meetingDate.slice(0, 4));
    const number = await this.protocols.nextNumber(manager, organizationId, year);
    await this.protocols.approve(manager, row.id, { organizationId, number, year, attendance, at });
    await this.verification.seal(manager, 'protocol', row.id);
    await this.audit.record(manager, {
      actorId,
      entity: 'protocol',
      entityId: row.id,
      action: 'approve',
      eventId: event.id,
      changes: { number: { from: null, to: `${number}/${year}` }, status: { from: 'draft', to: 'approved' } },
    });
  }

  /** A signatory takes their signature back, while the other has not signed too. */
  async withdraw(user: AuthUser, id: string, lang: Language): Promise<ProtocolResponse> {
    const { event } = await this.signable(user, id);
    await this.protocols.transaction(async (manager) => {
      const row = (await this.protocols.findById(id, manager, true))!;
      if (row.status !== 'draft') {
        throw new AppError('PROTOCOL_APPROVED');
      }
      const role = this.roleOf(user, row);
      if ((await this.protocols.deleteSignatures(manager, id, [role])) === 0) {
        throw AppError.notFound();
      }
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'protocol',
        entityId: id,
        action: 'withdraw',
        eventId: event.id,
        changes: { [role]: { from: user.personId, to: null } },
      });
    });
    return this.record.response((await this.protocols.findById(id))!, event, lang);
  }

  /** An approved protocol made public: on the event's page, and for everyone to read and verify. */
  async publish(user: AuthUser, id: string, lang: Language): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    await this.protocols.transaction(async (manager) => {
      const row = (await this.protocols.findById(id, manager, true))!;
      if (row.status === 'draft') {
        throw new AppError('PROTOCOL_NOT_APPROVED');
      }
      if (row.status === 'published') {
        throw new AppError('INVALID_STATUS_CHANGE', { from: 'published', to: 'published' });
      }
      await this.protocols.publish(manager, id, new Date());
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'protocol',
        entityId: id,
        action: 'publish',
        eventId: event.id,
        changes: { status: { from: 'approved', to: 'published' } },
      });
    });
    return this.record.response((await this.protocols.findById(id))!, event, lang);
  }

  /** A correction of an approved protocol: a new draft with its own text and signatures, linked both ways. */
  async addendum(user: AuthUser, id: string, dto: CreateAddendumDto, lang: Language): Promise<ProtocolResponse> {
    const { row: target, event } = await this.access.kept(user, id);
    if (target.status === 'draft') {
      throw new AppError('PROTOCOL_NOT_APPROVED');
    }
    const created = await this.protocols.transaction(async (manager) => {
      const addendumId = await this.protocols.insert(manager, {
        eventId: target.eventId,
        sessionId: target.sessionId,
        kind: 'addendum',
        addendsId: target.id,
        meetingDate: dto.meetingDate ?? target.meetingDate,
        place: dto.place ?? target.place,
        chairId: dto.chairId ?? target.chairId,
        secretaryId: dto.secretaryId ?? target.secretaryId,
        body: dto.body,
        createdBy: user.id,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'protocol',
        entityId: addendumId,
        action: 'amend',
        eventId: event.id,
        changes: { addends: { from: null, to: protocolNumber(target) } },
      });
      return addendumId;
    });
    return this.record.response((await this.protocols.findById(created))!, event, lang);
  }

  /**
   * The protocol, if this user may sign it: it names both signatories (422 SIGNATORIES_REQUIRED), the user
   * is one of them (403 NOT_SIGNATORY), and it is a draft (409 PROTOCOL_APPROVED). Signing asks no role
   * on the event: the chair is often an akim with no account role there, only their own person.
   */
  private async signable(user: AuthUser, id: string): Promise<{ row: ProtocolRow; event: EventRow }> {
    const row = await this.protocols.findById(id);
    const event = row && (await this.access.eventOf(row));
    if (!row || !event) {
      throw AppError.notFound();
    }
    const signatory = user.personId !== null && (user.personId === row.chairId || user.personId === row.secretaryId);
    if (!signatory && !mayAccessEvent(user, event, 'draft') && !mayAccessEvent(user, event, 'watch')) {
      throw AppError.notFound();
    }
    if (!row.chairId || !row.secretaryId) {
      throw new AppError('SIGNATORIES_REQUIRED');
    }
    if (!signatory) {
      throw new AppError('NOT_SIGNATORY');
    }
    if (row.status !== 'draft') {
      throw new AppError('PROTOCOL_APPROVED');
    }
    return { row, event };
  }

  private roleOf(user: AuthUser, row: ProtocolRow): SignatoryRole {
    if (user.personId && user.personId === row.chairId) {
      return 'chair';
    }
    if (user.personId && user.personId === row.secretaryId) {
      return 'secretary';
    }
    throw new AppError('NOT_SIGNATORY');
  }
}
