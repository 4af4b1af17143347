import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent, mayAccessOrganizations, organizationsWith } from '../../platform/access/event-access';
import { EventsService } from '../../forum/events/events.service';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { PeopleService } from '../../directory/people/people.service';
import { RegionsService } from '../../directory/regions/regions.service';
import type { PlanPointDto, PlanPointResponseDto, PlanResponseDto } from './dto/plan.dto';
import type { PlanPointValues, PlanRow } from './plans.model';
import { PlansRepository } from './plans.repository';
import { planPointResponse, weightedPercent } from './plan-views';

/**
 * What every use case of road maps shares: who may read and edit a plan, the checks of its period, forum and
 * points' references, and the plan and point as responses.
 */
@Injectable()
export class PlanAccess {
  constructor(
    private readonly plans: PlansRepository,
    private readonly events: EventsService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly regions: RegionsService,
  ) {}

  async pointOf(planId: string, pointId: string, lang: Language): Promise<PlanPointResponseDto> {
    return planPointResponse(
      (await this.plans.pointsOf([planId])).find((p) => p.id === pointId)!,
      lang,
    );
  }

  async response(plan: PlanRow, lang: Language): Promise<PlanResponseDto> {
    const points = await this.plans.pointsOf([plan.id]);
    return {
      id: plan.id,
      title: pickText(plan.title, lang) ?? '',
      titles: plan.title,
      owner: { id: plan.ownerOrganizationId, name: pickText(plan.ownerName, lang) ?? '' },
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      event: plan.eventId
        ? { id: plan.eventId, slug: plan.eventSlug!, title: pickText(plan.eventTitle, lang) ?? '' }
        : null,
      totals: {
        points: points.length,
        done: points.filter((p) => p.status === 'done').length,
        percent: weightedPercent(points),
      },
      points: points.map((p) => planPointResponse(p, lang)),
      version: plan.version,
    };
  }

  async mayRead(user: AuthUser, plan: PlanRow): Promise<boolean> {
    if (mayAccessOrganizations(user, [plan.ownerOrganizationId], 'draft')) {
      return true;
    }
    const own = organizationsWith(user, 'draft');
    return own.length > 0 && this.plans.hasPointOf(plan.id, own);
  }

  /** A plan this user may read: its owners, and the people of an organization responsible for one of its points. */
  async readable(user: AuthUser, id: string): Promise<PlanRow> {
    const plan = await this.plans.findById(id);
    if (!plan || !(await this.mayRead(user, plan))) {
      throw AppError.notFound();
    }
    return plan;
  }

  /** A plan this user may edit: its owner organization's organizers and secretaries. */
  async manageable(user: AuthUser, id: string): Promise<PlanRow> {
    const plan = await this.plans.findById(id);
    if (!plan) {
      throw AppError.notFound();
    }
    if (!mayAccessOrganizations(user, [plan.ownerOrganizationId], 'draft')) {
      throw (await this.mayRead(user, plan)) ? AppError.forbidden() : AppError.notFound();
    }
    return plan;
  }

  assertPeriod(startsOn: string, endsOn: string): void {
    if (endsOn < startsOn) {
      throw AppError.validation([{ field: 'endsOn', code: 'endsAfterStart' }]);
    }
  }

  async assertEvent(user: AuthUser, eventId: string | null): Promise<void> {
    if (!eventId) {
      return;
    }
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'eventId', code: 'exists' }]);
    }
    if (!mayAccessEvent(user, event, 'watch')) {
      throw AppError.forbidden();
    }
  }

  /** Points as stored, after checking that the organizations, people and regions they name exist. */
  async pointValues(
    points: (Omit<PlanPointDto, 'number'> & { weight?: number })[],
  ): Promise<Omit<PlanPointValues, 'position'>[]> {
    const orgIds = [
      ...new Set(points.flatMap((p) => (p.responsibleOrganizationId ? [p.responsibleOrganizationId] : []))),
    ];
    if ((await this.organizations.findByIds(orgIds)).length !== orgIds.length) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'responsibleOrganizationId', code: 'exists' }]);
    }
    const executorIds = [...new Set(points.flatMap((p) => (p.executorId ? [p.executorId] : [])))];
    if ((await this.people.findByIds(executorIds)).length !== executorIds.length) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'executorId', code: 'exists' }]);
    }
    const codes = points.flatMap((p) => (p.regionCode ? [p.regionCode] : []));
    const known = await this.regions.existingCodes(codes);
    if (codes.some((code) => !known.has(code))) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'regionCode', code: 'exists' }]);
    }
    return points.map((p) => ({
      text: p.text,
      responsibleOrganizationId: p.responsibleOrganizationId ?? null,
      executorId: p.executorId ?? null,
      regionCode: p.regionCode ?? null,
      dueDate: p.dueDate ?? null,
      weight: p.weight ?? 1,
      status: 'not_started' as const,
      percent: 0,
    }));
  }
}
