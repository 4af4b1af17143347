import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { Language } from '@app/contracts';
import type { Tx } from '@app/database';
import { AuditService, diff } from '../../../platform/audit/audit.service';
import type { AuthUser } from '../../../platform/access/auth-user';
import { EventsService } from '../../../forum/events/events.service';
import { mayAccessEvent, mayAccessOrganizations } from '../../../platform/access/event-access';
import type { PointResponseDto } from '../dto/resolution.dto';
import { pointResponse } from '../resolution-views';
import type { PointRow } from '../resolutions.model';
import { ResolutionsRepository } from '../resolutions.repository';
import { ResolutionPointsRepository } from '../resolution-points.repository';
import type { CreateIndicatorDto, UpdateIndicatorDto } from './point-indicators.dto';
import { PointIndicatorsRepository } from './point-indicators.repository';

/**
 * The target indicators of a resolution's points. Their name, unit and target are part of the act: set by whoever
 * drafts it (the event's secretaries and organizers) while it is a draft, final once adopted. The value reached is
 * execution: reported, like a point's progress, by the event's drafters or the responsible organization's people.
 */
@Injectable()
export class PointIndicatorsService {
  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly points: ResolutionPointsRepository,
    private readonly indicators: PointIndicatorsRepository,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  async add(
    user: AuthUser,
    resolutionId: string,
    pointId: string,
    dto: CreateIndicatorDto,
    lang: Language,
  ): Promise<PointResponseDto> {
    const { point, eventId } = await this.allowed(user, resolutionId, pointId, 'target');
    await this.write(resolutionId, true, async (manager) => {
      const id = await this.indicators.insert(manager, point.id, {
        name: dto.name,
        unit: dto.unit,
        target: dto.target,
        actual: dto.actual ?? 0,
      });
      await this.record(
        manager,
        user,
        eventId,
        point.id,
        'update',
        {},
        { indicator: id, target: dto.target, actual: dto.actual ?? 0 },
      );
    });
    return this.point(resolutionId, pointId, lang);
  }

  async update(
    user: AuthUser,
    resolutionId: string,
    pointId: string,
    indicatorId: string,
    dto: UpdateIndicatorDto,
    lang: Language,
  ): Promise<PointResponseDto> {
    const changesTarget = dto.name !== undefined || dto.unit !== undefined || dto.target !== undefined;
    const { point, eventId } = await this.allowed(user, resolutionId, pointId, changesTarget ? 'target' : 'actual');
    const indicator = point.indicators.find((i) => i.id === indicatorId);
    if (!indicator) {
      throw AppError.notFound();
    }
    await this.write(resolutionId, changesTarget, async (manager) => {
      await this.indicators.update(manager, indicatorId, dto);
      await this.record(
        manager,
        user,
        eventId,
        point.id,
        changesTarget ? 'update' : 'progress',
        { indicator: indicatorId, target: Number(indicator.target), actual: Number(indicator.actual) },
        {
          indicator: indicatorId,
          target: dto.target ?? Number(indicator.target),
          actual: dto.actual ?? Number(indicator.actual),
        },
      );
    });
    return this.point(resolutionId, pointId, lang);
  }

  async remove(
    user: AuthUser,
    resolutionId: string,
    pointId: string,
    indicatorId: string,
    lang: Language,
  ): Promise<PointResponseDto> {
    const { point, eventId } = await this.allowed(user, resolutionId, pointId, 'target');
    if (!point.indicators.some((i) => i.id === indicatorId)) {
      throw AppError.notFound();
    }
    await this.write(resolutionId, true, async (manager) => {
      await this.indicators.delete(manager, point.id, indicatorId);
      await this.record(manager, user, eventId, point.id, 'update', { indicator: indicatorId }, { indicator: null });
    });
    return this.point(resolutionId, pointId, lang);
  }

  /** The point, if this user may change its targets (the act's drafters) or report on them (also the responsible). */
  private async allowed(
    user: AuthUser,
    resolutionId: string,
    pointId: string,
    what: 'target' | 'actual',
  ): Promise<{ point: PointRow; eventId: string }> {
    const resolution = await this.resolutions.findById(resolutionId);
    const point = resolution && (await this.points.pointsOf([resolutionId])).find((p) => p.id === pointId);
    const event = resolution && (await this.events.findRow(resolution.eventId));
    if (!resolution || !point || !event) {
      throw AppError.notFound();
    }
    const responsible = point.responsibleOrganizationId ? [point.responsibleOrganizationId] : [];
    const drafter = mayAccessEvent(user, event, 'draft');
    if (!drafter && !(what === 'actual' && mayAccessOrganizations(user, responsible, 'draft'))) {
      throw AppError.forbidden();
    }
    return { point, eventId: event.id };
  }

  /** A change in one transaction, the resolution locked: a target only while it is a draft. */
  private async write(
    resolutionId: string,
    changesTarget: boolean,
    work: (manager: Tx) => Promise<void>,
  ): Promise<void> {
    await this.resolutions.transaction(async (manager) => {
      const status = await this.indicators.lockResolution(manager, resolutionId);
      if (!status) {
        throw AppError.notFound();
      }
      if (changesTarget && status === 'adopted') {
        throw new AppError('INDICATOR_TARGET_FIXED');
      }
      await work(manager);
    });
  }

  private record(
    manager: Tx,
    user: AuthUser,
    eventId: string,
    pointId: string,
    action: 'update' | 'progress',
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: user.id,
      entity: 'point',
      entityId: pointId,
      action,
      eventId,
      changes: diff(before, after),
    });
  }

  private async point(resolutionId: string, pointId: string, lang: Language): Promise<PointResponseDto> {
    return pointResponse(
      (await this.points.pointsOf([resolutionId])).find((p) => p.id === pointId)!,
      lang,
    );
  }
}
