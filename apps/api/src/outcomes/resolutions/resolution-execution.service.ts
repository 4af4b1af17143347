import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import type { Language } from '@app/contracts';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { EventsService } from '../../forum/events/events.service';
import { mayAccessEvent, mayAccessOrganizations } from '../../platform/access/event-access';
import type {
  ExecutionGroupDto,
  ExecutionQueryDto,
  ExecutionResponseDto,
  PointResponseDto,
  UpdatePointDto,
} from './dto/resolution.dto';
import { pointResponse } from './resolution-views';
import { ResolutionsRepository } from './resolutions.repository';

/** The execution of adopted resolutions: progress on their points and the report across organizations and regions. */
@Injectable()
export class ResolutionExecutionService {
  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  /** Progress on a point: by the event's organizers, or by the responsible organization's own people. */
  async updatePoint(
    user: AuthUser,
    resolutionId: string,
    pointId: string,
    dto: UpdatePointDto,
    lang: Language,
  ): Promise<PointResponseDto> {
    const resolution = await this.resolutions.findById(resolutionId);
    const event = resolution ? await this.events.findRow(resolution.eventId) : undefined;
    if (!resolution || !event) {
      throw AppError.notFound();
    }
    const point = (await this.resolutions.pointsOf([resolutionId])).find((p) => p.id === pointId);
    if (!point) {
      throw AppError.notFound();
    }
    const responsible = point.responsibleOrganizationId ? [point.responsibleOrganizationId] : [];
    const allowed = mayAccessEvent(user, event, 'draft') || mayAccessOrganizations(user, responsible, 'draft');
    if (!allowed) {
      throw AppError.forbidden();
    }
    if (resolution.status !== 'adopted') {
      throw new AppError('INVALID_STATUS_CHANGE', { from: 'draft', to: 'progress' });
    }
    const status =
      dto.status ??
      (dto.percent === 100 ? 'done' : dto.percent !== undefined && dto.percent > 0 ? 'in_progress' : point.status);
    const percent = status === 'done' ? 100 : (dto.percent ?? point.percent);
    await this.resolutions.transaction(async (manager) => {
      await this.resolutions.recordProgress(manager, pointId, {
        status,
        percent,
        note: dto.note ?? null,
        evidenceUrl: dto.evidenceUrl ?? null,
        authorId: user.id,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'point',
        entityId: pointId,
        action: 'progress',
        eventId: event.id,
        changes: diff({ status: point.status, percent: point.percent }, { status, percent, note: dto.note ?? null }),
      });
    });
    return pointResponse(
      (await this.resolutions.pointsOf([resolutionId])).find((p) => p.id === pointId)!,
      lang,
    );
  }

  async execution(query: ExecutionQueryDto, lang: Language): Promise<ExecutionResponseDto> {
    const rows = await this.resolutions.executionRows({
      organizationId: query.organization,
      region: query.region,
      eventId: query.event,
      overdue: query.overdue,
      date: query.date,
    });
    const group = (key: string, label: string): ExecutionGroupDto & { sum: number } => ({
      key,
      label,
      points: 0,
      done: 0,
      overdue: 0,
      percent: 0,
      sum: 0,
    });
    const add = (g: ExecutionGroupDto & { sum: number }, row: (typeof rows)[number]): void => {
      g.points += 1;
      g.done += row.status === 'done' ? 1 : 0;
      g.overdue += row.overdue ? 1 : 0;
      g.sum += row.status === 'cancelled' ? 0 : row.percent;
      g.percent = Math.round((g.sum / g.points) * 10) / 10;
    };
    const totals = group('all', '');
    const byOrganization = new Map<string, ExecutionGroupDto & { sum: number }>();
    const byRegion = new Map<string, ExecutionGroupDto & { sum: number }>();
    for (const row of rows) {
      add(totals, row);
      const orgKey = row.organizationId ?? 'none';
      const org = byOrganization.get(orgKey) ?? group(orgKey, pickText(row.organizationName, lang) ?? '—');
      byOrganization.set(orgKey, org);
      add(org, row);
      const regionKey = row.regionCode ?? 'none';
      const region = byRegion.get(regionKey) ?? group(regionKey, pickText(row.regionName, lang) ?? '—');
      byRegion.set(regionKey, region);
      add(region, row);
    }
    const strip = ({ sum: _sum, ...g }: ExecutionGroupDto & { sum: number }): ExecutionGroupDto => g;
    return {
      totals: { points: totals.points, done: totals.done, overdue: totals.overdue, percent: totals.percent },
      groups: [...byOrganization.values()].map(strip).sort((a, b) => a.percent - b.percent),
      regions: [...byRegion.values()].map(strip).sort((a, b) => a.percent - b.percent),
      overdue: rows
        .filter((row) => row.overdue)
        .map((row) => ({
          resolutionId: row.resolutionId,
          number: row.number,
          pointId: row.pointId,
          pointNumber: row.position,
          dueDate: row.dueDate!,
          responsible: pickText(row.organizationName, lang),
          percent: row.percent,
        })),
    };
  }
}
