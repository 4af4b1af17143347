import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import type { Language, LocalizedText, ProtocolKind, ProtocolResponse } from '@app/contracts';
import type { Tx } from '@app/database';
import type { AuthUser } from '../../platform/access/auth-user';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuditEntry } from '../../platform/audit/audit.service';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { PeopleService } from '../../directory/people/people.service';
import { mayAccessEvent } from '../../platform/access/event-access';
import { ResolutionExecutionService } from '../resolutions/resolution-execution.service';
import type { UpdatePointDto } from '../resolutions/dto/resolution.dto';
import type {
  CreateProtocolDto,
  InstructionDto,
  ProtocolHeaderDto,
  SpeechDto,
  UpdateItemDto,
} from './dto/protocol.dto';
import { ProtocolAccess } from './protocol-access';
import { ProtocolRecordService } from './protocol-record.service';
import { VerificationService } from '../verification/verification.service';
import type { HeaderValues, ProtocolRow } from './protocols.model';
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
 * Keeping a protocol during the meeting: its header, the items under way, speeches from the floor,
 * summaries, decisions in words and instructions. Every change is to a draft nobody has signed yet;
 * lines are appended as rows of their own, so two secretaries writing at once never lose each other's.
 */
@Injectable()
export class ProtocolsService {
  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly items: ProtocolItemsRepository,
    private readonly access: ProtocolAccess,
    private readonly record: ProtocolRecordService,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    private readonly execution: ResolutionExecutionService,
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
    await this.editing(user, id, event, 'update', async (manager, row) => {
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

  /**
   * An item's title, summary or decision in words, or its state: `current` marks it under way (the
   * one before it is done, and the first time an item is taken up is the meeting's opening).
   */
  async updateItem(
    user: AuthUser,
    id: string,
    itemId: string,
    dto: UpdateItemDto,
    version: number | undefined,
    lang: Language,
  ): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    await this.editing(user, id, event, 'item', async (manager) => {
      const item = await this.items.findItem(manager, id, itemId, true);
      if (!item) {
        throw AppError.notFound();
      }
      if (version !== undefined && item.version !== version) {
        throw AppError.versionMismatch();
      }
      if (dto.title || dto.summary !== undefined || dto.decided !== undefined) {
        await this.items.updateItem(manager, itemId, dto);
      }
      if (dto.state && dto.state !== item.state) {
        if (dto.state === 'current') {
          await this.items.setCurrent(manager, id, itemId, new Date());
        } else {
          await this.items.setItemState(manager, itemId, dto.state);
        }
      }
      return diff(
        { title: item.title, summary: item.summary, decided: item.decided, state: item.state },
        {
          title: dto.title ?? item.title,
          summary: dto.summary === undefined ? item.summary : dto.summary,
          decided: dto.decided === undefined ? item.decided : dto.decided,
          state: dto.state ?? item.state,
        },
      );
    });
    return this.get(user, id, lang);
  }

  /** A speech from the floor under an item: a person of the directory, or a name as said in the hall. */
  async addSpeech(
    user: AuthUser,
    id: string,
    itemId: string,
    dto: SpeechDto,
    lang: Language,
  ): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    if (dto.personId && (await this.people.findByIds([dto.personId])).length === 0) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'personId', code: 'exists' }]);
    }
    await this.editing(user, id, event, 'speech', async (manager) => {
      if (!(await this.items.findItem(manager, id, itemId))) {
        throw AppError.notFound();
      }
      const speechId = await this.items.insertSpeech(manager, {
        protocolId: id,
        itemId,
        personId: dto.personId ?? null,
        name: dto.personId ? null : dto.name!,
        position: dto.position ?? null,
        spokenAt: dto.at ? new Date(dto.at) : new Date(),
        summary: dto.summary ?? null,
        createdBy: user.id,
      });
      return {
        speech: { from: null, to: { speechId, itemId, personId: dto.personId ?? null, name: dto.name ?? null } },
      };
    });
    return this.get(user, id, lang);
  }

  async removeSpeech(user: AuthUser, id: string, speechId: string, lang: Language): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    await this.editing(user, id, event, 'speech-removed', async (manager) => {
      if (!(await this.items.deleteSpeech(manager, id, speechId))) {
        throw AppError.notFound();
      }
      return { speech: { from: speechId, to: null } };
    });
    return this.get(user, id, lang);
  }

  /** An instruction (тапсырма): a text, a responsible body and person, a deadline; tracked like a resolution's point. */
  async addInstruction(user: AuthUser, id: string, dto: InstructionDto, lang: Language): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    const [point] = await this.execution.pointValues([dto]);
    await this.editing(user, id, event, 'instruction', async (manager) => {
      if (dto.itemId && !(await this.items.findItem(manager, id, dto.itemId))) {
        throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'itemId', code: 'exists' }]);
      }
      const pointId = await this.execution.addInstruction(manager, id, dto.itemId ?? null, point, user.id);
      return { instruction: { from: null, to: { pointId, text: dto.text, dueDate: dto.dueDate ?? null } } };
    });
    return this.get(user, id, lang);
  }

  async editInstruction(
    user: AuthUser,
    id: string,
    pointId: string,
    dto: InstructionDto,
    lang: Language,
  ): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    const [point] = await this.execution.pointValues([dto]);
    await this.editing(user, id, event, 'instruction-edited', async (manager) => {
      await this.instructionOf(manager, id, pointId, lang);
      await this.execution.editInstruction(manager, pointId, point);
      return { instruction: { from: pointId, to: { text: dto.text, dueDate: dto.dueDate ?? null } } };
    });
    return this.get(user, id, lang);
  }

  async removeInstruction(user: AuthUser, id: string, pointId: string, lang: Language): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    await this.editing(user, id, event, 'instruction-removed', async (manager) => {
      await this.instructionOf(manager, id, pointId, lang);
      await this.execution.removeInstruction(manager, pointId);
      return { instruction: { from: pointId, to: null } };
    });
    return this.get(user, id, lang);
  }

  /** Progress on an instruction once the protocol is approved: by the organizers or the responsible body's people. */
  async instructionProgress(
    user: AuthUser,
    id: string,
    pointId: string,
    dto: UpdatePointDto,
    lang: Language,
  ): Promise<ProtocolResponse> {
    const row = await this.protocols.findById(id);
    if (!row) {
      throw AppError.notFound();
    }
    await this.execution.updateInstructionProgress(
      user,
      { id, eventId: row.eventId, approved: row.status !== 'draft' },
      pointId,
      dto,
    );
    const event = (await this.events.findRow(row.eventId))!;
    return this.record.response((await this.protocols.findById(id))!, event, lang);
  }

  private async instructionOf(manager: Tx, id: string, pointId: string, lang: Language): Promise<void> {
    const instructions = await this.execution.instructions([id], lang, manager);
    if (!instructions.some((i) => i.point.id === pointId)) {
      throw AppError.notFound();
    }
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

  /**
   * One change to a draft, in a transaction holding the protocol's row: refused once approved
   * (409 PROTOCOL_APPROVED) or while signatures are on it (409 PROTOCOL_SIGNED), and audited.
   */
  private async editing(
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
