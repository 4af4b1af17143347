import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import type { Language, LocalizedText, ProtocolKind, ProtocolResponse } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { AuditService, diff } from '../../platform/audit/audit.service';
import { EventsService } from '../../forum/events/events.service';
import { PeopleService } from '../../directory/people/people.service';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { CreateProtocolDto, ProtocolHeaderDto } from './dto/protocol.dto';
import { ProtocolAccess } from './protocol-access';
import { ProtocolDrafts } from './protocol-drafts';
import { ProtocolRecordService } from './protocol-record.service';
import { VerificationService } from '../verification/verification.service';
import type { HeaderValues } from './protocols.model';
import { ProtocolsRepository } from './protocols.repository';
import { ProtocolItemsRepository } from './protocol-items.repository';

/** A published protocol or addendum as a forum's public page lists it. */
export interface PublishedProtocol {
  id: string;
  kind: ProtocolKind;
  number: string | null;
  /** The meeting's local date, `YYYY-MM-DD`. */
  meetingDate: string;
  /** The session's title in the asked language, for a session's own protocol. */
  session: string | null;
  /** The protocol an addendum corrects. */
  addends: { id: string; number: string | null } | null;
  /** The printed code (`ABCDE-12345`) its page `/verify/:code` checks. */
  verificationCode: string | null;
}

/**
 * A meeting's protocols: listing and reading them, opening one from the agenda, and its header
 * (date, place, chair, secretary). Its lines (items, speeches, instructions) are ProtocolLinesService's.
 */
@Injectable()
export class ProtocolsService {
  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly items: ProtocolItemsRepository,
    private readonly access: ProtocolAccess,
    private readonly drafts: ProtocolDrafts,
    private readonly record: ProtocolRecordService,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
    private readonly verification: VerificationService,
  ) {}

  async list(user: AuthUser | undefined, eventIdOrSlug: string, lang: Language): Promise<ProtocolResponse[]> {
    const event = await this.events.getVisibleRow(user, eventIdOrSlug);
    const staff = mayAccessEvent(user, event, 'draft') || mayAccessEvent(user, event, 'watch');
    const rows = await this.protocols.listForEvent(event.id, !staff);
    return Promise.all(rows.map((row) => this.record.response(row, event, lang)));
  }

  /**
   * The published protocols and addenda of an event, for its public page: published ones are public, and
   * the caller has already checked that the reader may see the event. Plain values, in the asked language.
   */
  async publishedOf(eventId: string, lang: Language): Promise<PublishedProtocol[]> {
    const rows = await this.protocols.publishedOf(eventId);
    const codes = rows.length
      ? await this.verification.codesOf(
          'protocol',
          rows.map((r) => r.id),
        )
      : new Map<string, { code: string }>();
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      number: row.number,
      meetingDate: row.meetingDate,
      session: row.sessionTitle ? (pickText(row.sessionTitle, lang) ?? null) : null,
      addends: row.addendsId ? { id: row.addendsId, number: row.addendsNumber } : null,
      verificationCode: codes.get(row.id)?.code ?? null,
    }));
  }

  /** The agenda item the secretary marked under way, for the hall's screen (public-safe: a title). */
  itemUnderWay(eventId: string): Promise<LocalizedText | null> {
    return this.items.itemUnderWay(eventId);
  }

  async get(user: AuthUser | undefined, id: string, lang: Language): Promise<ProtocolResponse> {
    const { row, event } = await this.access.readable(user, id);
    return this.record.response(row, event, lang);
  }

  /** A new protocol with its skeleton filled from the agenda; its attendance and decisions are read live until approval. */
  async create(user: AuthUser, eventId: string, dto: CreateProtocolDto, lang: Language): Promise<ProtocolResponse> {
    const event = await this.access.keepingEvent(user, eventId);
    const sessionId = dto.sessionId ?? null;
    const skeleton = await this.record.skeleton(event, sessionId);
    if (!skeleton) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'sessionId', code: 'exists' }]);
    }
    const existing = await this.protocols.findMeeting(event.id, sessionId);
    if (existing) {
      throw new AppError('PROTOCOL_EXISTS', { id: existing });
    }
    const header = await this.header(dto, {
      ...skeleton.header,
      chairId: skeleton.moderatorId,
      secretaryId: user.personId,
      body: null,
    });
    const id = await this.protocols.transaction(async (manager) => {
      const created = await this.protocols.insert(manager, {
        ...header,
        eventId: event.id,
        sessionId,
        kind: 'protocol',
        addendsId: null,
        createdBy: user.id,
      });
      await this.items.insertItems(manager, created, skeleton.items);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'protocol',
        entityId: created,
        action: 'create',
        eventId: event.id,
        changes: diff({}, { ...header, sessionId, items: skeleton.items.length }),
      });
      return created;
    });
    return this.get(user, id, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: ProtocolHeaderDto,
    version: number | undefined,
    lang: Language,
  ): Promise<ProtocolResponse> {
    const { row: found, event } = await this.access.kept(user, id);
    const header = await this.header(dto, found);
    await this.drafts.change(user, id, event, 'update', async (manager, row) => {
      if (version !== undefined && row.version !== version) {
        throw AppError.versionMismatch();
      }
      await this.protocols.updateHeader(manager, id, header);
      return diff(
        {
          meetingDate: row.meetingDate,
          place: row.place,
          chairId: row.chairId,
          secretaryId: row.secretaryId,
          body: row.body,
        },
        { ...header },
      );
    });
    return this.get(user, id, lang);
  }

  /** The header as it will be stored: given fields over current ones, the people it names checked. */
  private async header(dto: ProtocolHeaderDto, current: HeaderValues): Promise<HeaderValues> {
    const values: HeaderValues = {
      meetingDate: dto.meetingDate ?? current.meetingDate,
      place: dto.place ?? current.place,
      chairId: dto.chairId ?? current.chairId,
      secretaryId: dto.secretaryId ?? current.secretaryId,
      body: dto.body ?? current.body,
    };
    if (!Number.isFinite(Date.parse(`${values.meetingDate}T00:00:00Z`))) {
      throw AppError.validation([{ field: 'meetingDate', code: 'date' }]);
    }
    if (values.chairId && values.chairId === values.secretaryId) {
      throw AppError.validation([{ field: 'secretaryId', code: 'differs' }]);
    }
    const named = [dto.chairId, dto.secretaryId].filter((p): p is string => !!p);
    const found = await this.people.findByIds(named);
    for (const [field, personId] of [
      ['chairId', dto.chairId],
      ['secretaryId', dto.secretaryId],
    ] as const) {
      if (personId && !found.some((p) => p.id === personId)) {
        throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field, code: 'exists' }]);
      }
    }
    return values;
  }
}
