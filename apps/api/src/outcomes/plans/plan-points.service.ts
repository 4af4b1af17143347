import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { Language } from '@app/contracts';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessOrganizations } from '../../platform/access/event-access';
import { PlanAccess } from './plan-access';
import { PlansRepository } from './plans.repository';
import type { LinkPointDto, PlanPointDto, PlanPointResponseDto, UpdatePlanPointDto } from './dto/plan.dto';
import { progressStatus } from './plan-views';

/** A road map's points: adding, editing and reporting progress, and links to the acts' points that carry them out. */
@Injectable()
export class PlanPointsService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly audit: AuditService,
    private readonly access: PlanAccess,
  ) {}

  async addPoint(user: AuthUser, planId: string, dto: PlanPointDto, lang: Language): Promise<PlanPointResponseDto> {
    const plan = await this.access.manageable(user, planId);
    const [values] = await this.access.pointValues([dto]);
    const pointId = await this.plans.transaction(async (manager) => {
      await this.plans.findById(planId, manager, true);
      const position = dto.number ?? (await this.plans.nextPosition(manager, planId));
      if ((await this.plans.takenPositions(manager, planId, [position])).size > 0) {
        throw new AppError('ALREADY_EXISTS', {}, [{ field: 'number', code: 'alreadyExists' }]);
      }
      const [id] = await this.plans.insertPoints(manager, planId, [{ ...values, position }], user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'plan_point',
        entityId: id,
        action: 'create',
        eventId: plan.eventId,
        changes: { planId, position, text: values.text },
      });
      return id;
    });
    return this.access.pointOf(planId, pointId, lang);
  }

  /**
   * Edits a point (its wording, responsible body, deadline, weight: the plan's owners) and/or reports its
   * progress (the owners, or the responsible organization's own people).
   */
  async updatePoint(
    user: AuthUser,
    planId: string,
    pointId: string,
    dto: UpdatePlanPointDto,
    version: number | undefined,
    lang: Language,
  ): Promise<PlanPointResponseDto> {
    const plan = await this.plans.findById(planId);
    const point = plan && (await this.plans.pointsOf([planId])).find((p) => p.id === pointId);
    if (!plan || !point) {
      throw AppError.notFound();
    }
    const owner = mayAccessOrganizations(user, [plan.ownerOrganizationId], 'draft');
    const responsible =
      point.responsibleOrganizationId !== null &&
      mayAccessOrganizations(user, [point.responsibleOrganizationId], 'draft');
    const edits =
      dto.text !== undefined ||
      dto.responsibleOrganizationId !== undefined ||
      dto.executorId !== undefined ||
      dto.dueDate !== undefined ||
      dto.regionCode !== undefined ||
      dto.weight !== undefined;
    const progress =
      dto.status !== undefined || dto.percent !== undefined || dto.note !== undefined || dto.evidenceUrl !== undefined;
    if (!owner && !(responsible && !edits)) {
      throw owner || responsible || (await this.access.mayRead(user, plan))
        ? AppError.forbidden()
        : AppError.notFound();
    }
    const edited = edits
      ? (
          await this.access.pointValues([
            {
              text: dto.text ?? point.text,
              responsibleOrganizationId:
                dto.responsibleOrganizationId === undefined
                  ? (point.responsibleOrganizationId ?? undefined)
                  : (dto.responsibleOrganizationId ?? undefined),
              executorId:
                dto.executorId === undefined ? (point.executorId ?? undefined) : (dto.executorId ?? undefined),
              dueDate: dto.dueDate === undefined ? (point.dueDate ?? undefined) : (dto.dueDate ?? undefined),
              regionCode:
                dto.regionCode === undefined ? (point.regionCode ?? undefined) : (dto.regionCode ?? undefined),
              weight: dto.weight ?? point.weight,
            },
          ])
        )[0]
      : undefined;
    await this.plans.transaction(async (manager) => {
      if (edited && (await this.plans.updatePoint(manager, pointId, edited, version)) === 0) {
        throw AppError.versionMismatch();
      }
      if (!edited && version !== undefined && version !== point.version) {
        throw AppError.versionMismatch();
      }
      const changes: Record<string, unknown> = {};
      if (edited) {
        Object.assign(
          changes,
          diff(
            {
              text: point.text,
              responsibleOrganizationId: point.responsibleOrganizationId,
              executorId: point.executorId,
              dueDate: point.dueDate,
              regionCode: point.regionCode,
              weight: point.weight,
            },
            { ...edited },
          ),
        );
      }
      if (progress) {
        const percent = dto.status === 'done' ? 100 : (dto.percent ?? point.percent);
        const status = progressStatus(percent, dto.status, point.status);
        if (status === 'done' && percent !== 100) {
          throw AppError.validation([{ field: 'percent', code: 'doneIsFull' }]);
        }
        await this.plans.recordProgress(manager, [pointId], {
          status,
          percent,
          note: dto.note ?? null,
          evidenceUrl: dto.evidenceUrl ?? null,
          authorId: user.id,
        });
        Object.assign(
          changes,
          diff({ status: point.status, percent: point.percent }, { status, percent }),
          dto.note ? { note: dto.note } : {},
          dto.evidenceUrl ? { evidenceUrl: dto.evidenceUrl } : {},
        );
      }
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'plan_point',
        entityId: pointId,
        action: progress && !edited ? 'progress' : 'update',
        eventId: plan.eventId,
        changes,
      });
    });
    return this.access.pointOf(planId, pointId, lang);
  }

  /** Records that a plan point is carried out by a resolution's point or a protocol's instruction. */
  async link(
    user: AuthUser,
    planId: string,
    planPointId: string,
    dto: LinkPointDto,
    lang: Language,
  ): Promise<PlanPointResponseDto> {
    const plan = await this.access.manageable(user, planId);
    if (!(await this.plans.pointsOf([planId])).some((p) => p.id === planPointId)) {
      throw AppError.notFound();
    }
    if (!(await this.plans.actPointExists(dto.pointId))) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'pointId', code: 'exists' }]);
    }
    await this.plans.transaction(async (manager) => {
      await this.plans.link(manager, planPointId, dto.pointId, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'plan_point',
        entityId: planPointId,
        action: 'link',
        eventId: plan.eventId,
        changes: { pointId: dto.pointId },
      });
    });
    return this.access.pointOf(planId, planPointId, lang);
  }

  async unlink(user: AuthUser, planId: string, planPointId: string, pointId: string): Promise<void> {
    const plan = await this.access.manageable(user, planId);
    await this.plans.transaction(async (manager) => {
      if ((await this.plans.unlink(manager, planPointId, pointId)) === 0) {
        throw AppError.notFound();
      }
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'plan_point',
        entityId: planPointId,
        action: 'unlink',
        eventId: plan.eventId,
        changes: { pointId },
      });
    });
  }
}
