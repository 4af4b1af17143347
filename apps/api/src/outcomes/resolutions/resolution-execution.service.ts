import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import type { Language, LocalizedText } from '@app/contracts';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { EventsService } from '../../forum/events/events.service';
import { mayAccessEvent, mayAccessOrganizations } from '../../platform/access/event-access';
import type {
  ExecutionGroupDto,
  ExecutionQueryDto,
  ExecutionResponseDto,
  PointDto,
  PointResponseDto,
  UpdatePointDto,
} from './dto/resolution.dto';
import { pointResponse } from './resolution-views';
import type { PointRow, PointValues } from './resolutions.model';
import { ResolutionsRepository } from './resolutions.repository';
import { ResolutionPointsRepository } from './resolution-points.repository';
import { ResolutionSealRepository } from './resolution-seal.repository';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { PeopleService } from '../../directory/people/people.service';
import type { Tx } from '@app/database';

/** The execution of adopted resolutions: progress on their points and the report across organizations and regions. */
/** A point as it will be stored, its references checked. */
export type CheckedPoint = PointValues;

@Injectable()
export class ResolutionExecutionService {
  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly points: ResolutionPointsRepository,
    private readonly seals: ResolutionSealRepository,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
  ) {}

  /** The instructions of protocols: execution points that belong to a protocol, with their progress. */
  async instructions(
    protocolIds: string[],
    lang: Language,
    manager?: Tx,
  ): Promise<{ protocolId: string; itemId: string | null; point: PointResponseDto }[]> {
    const rows = await this.points.instructionsOf(protocolIds, manager);
    return rows.map((row) => ({ protocolId: row.protocolId!, itemId: row.itemId, point: pointResponse(row, lang) }));
  }

  /** Appends an instruction (checked by `pointValues` before the transaction) inside the caller's transaction, the protocol being locked by it. */
  /** The wording of a protocol's instructions, read in `manager`, for the protocol's canonical form. */
  canonicalInstructions(manager: Tx, protocolId: string): Promise<Record<string, unknown>[]> {
    return this.seals.canonicalInstructionsOf(manager, protocolId);
  }

  async addInstruction(
    manager: Tx,
    protocolId: string,
    itemId: string | null,
    point: CheckedPoint,
    userId: string | null,
  ): Promise<string> {
    return this.points.insertInstruction(manager, protocolId, itemId, point, userId);
  }

  /** Progress on a point in force reported by nobody signed in (a seed of a meeting already held). */
  async seedProgress(
    manager: Tx,
    pointId: string,
    progress: { percent: number; note: LocalizedText; evidenceUrl?: string },
  ): Promise<void> {
    const status = progress.percent === 100 ? 'done' : progress.percent > 0 ? 'in_progress' : 'not_started';
    await this.points.recordProgress(manager, pointId, {
      status,
      percent: progress.percent,
      note: progress.note.kk,
      evidenceUrl: progress.evidenceUrl ?? null,
      authorId: null,
    });
  }

  async editInstruction(manager: Tx, pointId: string, point: CheckedPoint): Promise<void> {
    await this.points.updateInstruction(manager, pointId, point);
  }

  removeInstruction(manager: Tx, pointId: string): Promise<void> {
    return this.points.deleteInstruction(manager, pointId);
  }

  /** Points as stored, after checking that the organizations and people they name exist. */
  async pointValues(points: PointDto[]): Promise<PointValues[]> {
    const orgIds = [
      ...new Set(points.flatMap((p) => (p.responsibleOrganizationId ? [p.responsibleOrganizationId] : []))),
    ];
    if ((await this.organizations.findByIds(orgIds)).length !== orgIds.length) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'points.responsibleOrganizationId', code: 'exists' }]);
    }
    const executorIds = [...new Set(points.flatMap((p) => (p.executorId ? [p.executorId] : [])))];
    if ((await this.people.findByIds(executorIds)).length !== executorIds.length) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'points.executorId', code: 'exists' }]);
    }
    return points.map((p) => ({
      text: p.text,
      responsibleOrganizationId: p.responsibleOrganizationId ?? null,
      executorId: p.executorId ?? null,
      dueDate: p.dueDate ?? null,
    }));
  }

  /** Progress on a point: by the event's organizers, or by the responsible organization's own people. */
  async updatePoint(
    user: AuthUser,
    resolutionId: string,
    pointId: string,
    dto: UpdatePointDto,
    lang: Language,
  ): Promise<PointResponseDto> {
    const resolution = await this.resolutions.findById(resolutionId);
    const point = resolution && (await this.points.pointsOf([resolutionId])).find((p) => p.id === pointId);
    if (!resolution || !point) {
      throw AppError.notFound();
    }
    await this.progress(user, resolution.eventId, point, resolution.status === 'adopted', dto);
    return pointResponse(
      (await this.points.pointsOf([resolutionId])).find((p) => p.id === pointId)!,
      lang,
    );
  }

  /** Progress on a protocol's instruction: the same rules as a resolution's point, once the protocol is approved. */
  async updateInstructionProgress(
    user: AuthUser,
    protocol: { id: string; eventId: string; approved: boolean },
    pointId: string,
    dto: UpdatePointDto,
  ): Promise<void> {
    const point = (await this.points.instructionsOf([protocol.id])).find((p) => p.id === pointId);
    if (!point) {
      throw AppError.notFound();
    }
    await this.progress(user, protocol.eventId, point, protocol.approved, dto);
  }

  private async progress(
    user: AuthUser,
    eventId: string,
    point: PointRow,
    inForce: boolean,
    dto: UpdatePointDto,
  ): Promise<void> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw AppError.notFound();
    }
    const responsible = point.responsibleOrganizationId ? [point.responsibleOrganizationId] : [];
    const allowed = mayAccessEvent(user, event, 'draft') || mayAccessOrganizations(user, responsible, 'draft');
    if (!allowed) {
      throw AppError.forbidden();
    }
    if (!inForce) {
      throw new AppError('INVALID_STATUS_CHANGE', { from: 'draft', to: 'progress' });
    }
    const status =
      dto.status ??
      (dto.percent === 100 ? 'done' : dto.percent !== undefined && dto.percent > 0 ? 'in_progress' : point.status);
    const percent = status === 'done' ? 100 : (dto.percent ?? point.percent);
    await this.resolutions.transaction(async (manager) => {
      await this.points.recordProgress(manager, point.id, {
        status,
        percent,
        note: dto.note ?? null,
        evidenceUrl: dto.evidenceUrl ?? null,
        authorId: user.id,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'point',
        entityId: point.id,
        action: 'progress',
        eventId: event.id,
        changes: diff({ status: point.status, percent: point.percent }, { status, percent, note: dto.note ?? null }),
      });
    });
  }

  /**
   * The execution report of the points the user may follow: those of events they draft in (secretaries and
   * organizers, admins all) and those their own organizations are responsible for.
   */
  async execution(user: AuthUser, query: ExecutionQueryDto, lang: Language): Promise<ExecutionResponseDto> {
    const all = await this.points.executionRows({
      organizationId: query.organization,
      region: query.region,
      eventId: query.event,
      overdue: query.overdue,
      date: query.date,
    });
    const rows = all.filter(
      (row) =>
        mayAccessEvent(user, { id: row.eventId, organizerIds: row.organizerIds }, 'draft') ||
        (row.organizationId !== null && mayAccessOrganizations(user, [row.organizationId], 'draft')),
    );
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
          source: row.source,
          resolutionId: row.resolutionId,
          protocolId: row.protocolId,
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
