import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { Language } from '@app/contracts';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import type { CreateResolutionDto, ResolutionResponseDto, UpdateResolutionDto } from './dto/resolution.dto';
import { ResolutionAccess } from './resolution-access';
import { ResolutionExecutionService } from './resolution-execution.service';
import { ResolutionsRepository } from './resolutions.repository';
import { ResolutionsService } from './resolutions.service';

/** Drafting a resolution: a new draft, its edits before adoption, and an amendment of an adopted one. */
@Injectable()
export class ResolutionDraftingService {
  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly reading: ResolutionsService,
    private readonly access: ResolutionAccess,
    private readonly execution: ResolutionExecutionService,
    private readonly audit: AuditService,
  ) {}

  async create(
    user: AuthUser,
    eventId: string,
    dto: CreateResolutionDto,
    lang: Language,
    amendsId: string | null = null,
  ): Promise<ResolutionResponseDto> {
    const event = await this.access.draftingEvent(user, eventId);
    const points = await this.execution.pointValues(dto.points);
    const id = await this.resolutions.transaction(async (manager) => {
      const created = await this.resolutions.insert(manager, {
        eventId: event.id,
        sessionId: dto.sessionId ?? null,
        kind: dto.kind ?? 'resolution',
        title: dto.title,
        preamble: dto.preamble ?? null,
        amendsId,
        createdBy: user.id,
      });
      await this.resolutions.replacePoints(manager, created, points);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'resolution',
        entityId: created,
        action: amendsId ? 'amend' : 'create',
        eventId: event.id,
        changes: diff({}, { title: dto.title, preamble: dto.preamble ?? null, points, amendsId }),
      });
      return created;
    });
    return this.reading.get(user, id, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdateResolutionDto,
    version: number | undefined,
    lang: Language,
  ): Promise<ResolutionResponseDto> {
    const existing = await this.resolutions.findById(id);
    if (!existing) {
      throw AppError.notFound();
    }
    const event = await this.access.draftingEvent(user, existing.eventId);
    const points = dto.points ? await this.execution.pointValues(dto.points) : undefined;
    await this.resolutions.transaction(async (manager) => {
      const current = (await this.resolutions.findById(id, manager, true))!;
      if (current.status === 'adopted') {
        throw new AppError('RESOLUTION_ADOPTED');
      }
      if (version !== undefined && current.version !== version) {
        throw AppError.versionMismatch();
      }
      const before = {
        kind: current.kind,
        title: current.title,
        preamble: current.preamble,
        sessionId: current.sessionId,
      };
      const after = {
        kind: dto.kind ?? current.kind,
        title: dto.title ?? current.title,
        preamble: dto.preamble ?? current.preamble,
        sessionId: dto.sessionId ?? current.sessionId,
      };
      await this.resolutions.updateDraft(manager, id, after);
      if (points) {
        await this.resolutions.replacePoints(manager, id, points);
      }
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'resolution',
        entityId: id,
        action: 'update',
        eventId: event.id,
        changes: diff({ ...before }, { ...after, ...(points ? { points } : {}) }),
      });
    });
    return this.reading.get(user, id, lang);
  }

  /** A correction of an adopted resolution: a new draft that links to it. */
  async amend(user: AuthUser, id: string, dto: CreateResolutionDto, lang: Language): Promise<ResolutionResponseDto> {
    const target = await this.resolutions.findById(id);
    if (!target) {
      throw AppError.notFound();
    }
    if (target.status !== 'adopted') {
      throw new AppError('NOT_AMENDABLE');
    }
    return this.create(user, target.eventId, dto, lang, id);
  }
}
