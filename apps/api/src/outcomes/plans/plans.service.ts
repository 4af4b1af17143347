import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import type { Language } from '@app/contracts';
import type { Tx } from '@app/database';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessOrganizations, organizationsWith } from '../../platform/access/event-access';
import { PlanAccess } from './plan-access';
import { PlansRepository } from './plans.repository';
import type {
  CreatePlanDto,
  ListPlansQueryDto,
  PlanListResponseDto,
  PlanResponseDto,
  UpdatePlanDto,
} from './dto/plan.dto';
import type { PlanPointValues } from './plans.model';
import { progressStatus } from './plan-views';

/**
 * Road maps: plans of numbered points not tied to one meeting. The owner organization's organizers and
 * secretaries edit a plan; the people of a responsible organization read it and report their points'
 * progress; everyone else is refused. This service holds the plans themselves; PlanPointsService their points,
 * PlanImportService the import and export.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly audit: AuditService,
    private readonly access: PlanAccess,
  ) {}

  async list(user: AuthUser, query: ListPlansQueryDto, lang: Language): Promise<PlanListResponseDto> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const rows = await this.plans.list({
      organizationIds: organizationsWith(user, 'draft'),
      everything: user.roles.includes('admin'),
      limit,
      offset,
    });
    return {
      items: rows.map((row) => ({
        id: row.id,
        title: pickText(row.title, lang) ?? '',
        owner: { id: row.ownerOrganizationId, name: pickText(row.ownerName, lang) ?? '' },
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        points: row.points,
        percent: row.percent,
      })),
      total: rows[0]?.total ?? 0,
      limit,
      offset,
    };
  }

  async get(user: AuthUser, id: string, lang: Language): Promise<PlanResponseDto> {
    const plan = await this.access.readable(user, id);
    return this.access.response(plan, lang);
  }

  async create(user: AuthUser, dto: CreatePlanDto, lang: Language): Promise<PlanResponseDto> {
    if (!mayAccessOrganizations(user, [dto.ownerOrganizationId], 'draft')) {
      throw AppError.forbidden();
    }
    this.access.assertPeriod(dto.startsOn, dto.endsOn);
    await this.access.assertEvent(user, dto.eventId ?? null);
    const id = await this.plans.transaction(async (manager) => {
      const planId = await this.plans.insert(manager, {
        title: dto.title,
        ownerOrganizationId: dto.ownerOrganizationId,
        startsOn: dto.startsOn,
        endsOn: dto.endsOn,
        eventId: dto.eventId ?? null,
        createdBy: user.id,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'plan',
        entityId: planId,
        action: 'create',
        eventId: dto.eventId ?? null,
        changes: { title: dto.title, ownerOrganizationId: dto.ownerOrganizationId },
      });
      return planId;
    });
    return this.access.response((await this.plans.findById(id))!, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdatePlanDto,
    version: number | undefined,
    lang: Language,
  ): Promise<PlanResponseDto> {
    const plan = await this.access.manageable(user, id);
    const next = {
      title: dto.title ?? plan.title,
      startsOn: dto.startsOn ?? plan.startsOn,
      endsOn: dto.endsOn ?? plan.endsOn,
      eventId: dto.eventId === undefined ? plan.eventId : dto.eventId,
    };
    this.access.assertPeriod(next.startsOn, next.endsOn);
    if (next.eventId !== plan.eventId) {
      await this.access.assertEvent(user, next.eventId);
    }
    await this.plans.transaction(async (manager) => {
      if ((await this.plans.update(manager, id, next, version)) === 0) {
        throw AppError.versionMismatch();
      }
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'plan',
        entityId: id,
        action: 'update',
        eventId: next.eventId,
        changes: diff({ title: plan.title, startsOn: plan.startsOn, endsOn: plan.endsOn, eventId: plan.eventId }, next),
      });
    });
    return this.access.response((await this.plans.findById(id))!, lang);
  }

  /**
   * A road map seeded with its points and their dated progress, in the caller's transaction (the demo
   * loader's). Progress notes carry their own dates so that the control room's trend has a history.
   */
  async seed(
    manager: Tx,
    plan: Omit<Parameters<PlansRepository['insert']>[1], 'createdBy'>,
    points: (PlanPointValues & { history: { at: string; percent: number; note: string }[] })[],
  ): Promise<string> {
    const planId = await this.plans.insert(manager, { ...plan, createdBy: null });
    const ids = await this.plans.insertPoints(
      manager,
      planId,
      points.map((p) => ({ ...p, status: 'not_started', percent: 0 })),
      null,
    );
    for (const [i, point] of points.entries()) {
      for (const step of point.history) {
        const status = progressStatus(step.percent, step.percent === 100 ? 'done' : undefined);
        await this.plans.recordProgress(manager, [ids[i]], { ...step, status, evidenceUrl: null, authorId: null });
      }
    }
    return planId;
  }
}
