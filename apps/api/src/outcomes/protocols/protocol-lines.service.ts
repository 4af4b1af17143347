import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { Language, ProtocolResponse } from '@app/contracts';
import type { Tx } from '@app/database';
import type { AuthUser } from '../../platform/access/auth-user';
import { diff } from '../../platform/audit/audit.service';
import { EventsService } from '../../forum/events/events.service';
import { PeopleService } from '../../directory/people/people.service';
import { ResolutionExecutionService } from '../resolutions/resolution-execution.service';
import type { UpdatePointDto } from '../resolutions/dto/resolution.dto';
import type { InstructionDto, SpeechDto, UpdateItemDto } from './dto/protocol.dto';
import { ProtocolAccess } from './protocol-access';
import { ProtocolDrafts } from './protocol-drafts';
import { ProtocolRecordService } from './protocol-record.service';
import { ProtocolsRepository } from './protocols.repository';
import { ProtocolItemsRepository } from './protocol-items.repository';

/**
 * Keeping a protocol during the meeting: the items under way, speeches from the floor, summaries,
 * decisions in words and instructions. Every change is to a draft nobody has signed yet; lines are
 * appended as rows of their own, so two secretaries writing at once never lose each other's.
 */
@Injectable()
export class ProtocolLinesService {
  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly items: ProtocolItemsRepository,
    private readonly access: ProtocolAccess,
    private readonly drafts: ProtocolDrafts,
    private readonly record: ProtocolRecordService,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    private readonly execution: ResolutionExecutionService,
  ) {}

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
    await this.drafts.change(user, id, event, 'item', async (manager) => {
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
    return this.read(user, id, lang);
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
    await this.drafts.change(user, id, event, 'speech', async (manager) => {
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
    return this.read(user, id, lang);
  }

  async removeSpeech(user: AuthUser, id: string, speechId: string, lang: Language): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    await this.drafts.change(user, id, event, 'speech-removed', async (manager) => {
      if (!(await this.items.deleteSpeech(manager, id, speechId))) {
        throw AppError.notFound();
      }
      return { speech: { from: speechId, to: null } };
    });
    return this.read(user, id, lang);
  }

  /** An instruction (тапсырма): a text, a responsible body and person, a deadline; tracked like a resolution's point. */
  async addInstruction(user: AuthUser, id: string, dto: InstructionDto, lang: Language): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    const [point] = await this.execution.pointValues([dto]);
    await this.drafts.change(user, id, event, 'instruction', async (manager) => {
      if (dto.itemId && !(await this.items.findItem(manager, id, dto.itemId))) {
        throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'itemId', code: 'exists' }]);
      }
      const pointId = await this.execution.addInstruction(manager, id, dto.itemId ?? null, point, user.id);
      return { instruction: { from: null, to: { pointId, text: dto.text, dueDate: dto.dueDate ?? null } } };
    });
    return this.read(user, id, lang);
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
    await this.drafts.change(user, id, event, 'instruction-edited', async (manager) => {
      await this.instructionOf(manager, id, pointId, lang);
      await this.execution.editInstruction(manager, pointId, point);
      return { instruction: { from: pointId, to: { text: dto.text, dueDate: dto.dueDate ?? null } } };
    });
    return this.read(user, id, lang);
  }

  async removeInstruction(user: AuthUser, id: string, pointId: string, lang: Language): Promise<ProtocolResponse> {
    const { event } = await this.access.kept(user, id);
    await this.drafts.change(user, id, event, 'instruction-removed', async (manager) => {
      await this.instructionOf(manager, id, pointId, lang);
      await this.execution.removeInstruction(manager, pointId);
      return { instruction: { from: pointId, to: null } };
    });
    return this.read(user, id, lang);
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

  private async read(user: AuthUser, id: string, lang: Language): Promise<ProtocolResponse> {
    const { row, event } = await this.access.readable(user, id);
    return this.record.response(row, event, lang);
  }
}
