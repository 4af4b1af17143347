import { Injectable } from '@nestjs/common';
import { AppError, fieldMessage, ImportFormatError, pickText, writeSheet } from '@app/common';
import { dayToTyped, type Language, type PointStatus } from '@app/contracts';
import type { Tx } from '@app/database';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent, mayAccessOrganizations, organizationsWith } from '../../platform/access/event-access';
import { EventsService } from '../../forum/events/events.service';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { PeopleService } from '../../directory/people/people.service';
import { RegionsService } from '../../directory/regions/regions.service';
import { pointResponse as actPointResponse } from '../resolutions/resolution-views';
import type {
  CreatePlanDto,
  LinkPointDto,
  ListPlansQueryDto,
  PlanImportResultDto,
  PlanListResponseDto,
  PlanPointDto,
  PlanPointResponseDto,
  PlanResponseDto,
  UpdatePlanDto,
  UpdatePlanPointDto,
} from './dto/plan.dto';
import { PLAN_COLUMNS, PLAN_HEADERS, parsePlanFile, type PlanImportIssue } from './plan-import.parser';
import type { PlanPointRow, PlanPointValues, PlanProgressValues, PlanRow } from './plans.model';
import { PlansRepository } from './plans.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The status a progress report leaves a point in: 100 % is done, anything above 0 is under way. */
export function progressStatus(
  percent: number,
  status?: PointStatus,
  current: PointStatus = 'not_started',
): PointStatus {
  return status ?? (percent === 100 ? 'done' : percent > 0 ? 'in_progress' : current);
}

function pointResponse(p: PlanPointRow, lang: Language): PlanPointResponseDto {
  // A road-map point reads as a resolution's point does, plus what only plans have.
  const point = actPointResponse({ ...p, resolutionId: null, protocolId: null, itemId: null }, lang);
  return { ...point, weight: p.weight, regionCode: p.regionCode, links: p.links, version: p.version };
}

/** The weighted completion of points, cancelled ones left out, with one decimal. */
export function weightedPercent(points: { weight: number; percent: number; status: string }[]): number {
  const counted = points.filter((p) => p.status !== 'cancelled');
  const weight = counted.reduce((sum, p) => sum + p.weight, 0);
  return weight === 0 ? 0 : Math.round((counted.reduce((sum, p) => sum + p.weight * p.percent, 0) / weight) * 10) / 10;
}

/**
 * Road maps: plans of numbered points not tied to one meeting. The owner organization's organizers and
 * secretaries edit a plan; the people of a responsible organization read it and report their points'
 * progress; everyone else is refused.
 */
@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly regions: RegionsService,
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
    const plan = await this.readable(user, id);
    return this.response(plan, lang);
  }

  async create(user: AuthUser, dto: CreatePlanDto, lang: Language): Promise<PlanResponseDto> {
    if (!mayAccessOrganizations(user, [dto.ownerOrganizationId], 'draft')) {
      throw AppError.forbidden();
    }
    this.assertPeriod(dto.startsOn, dto.endsOn);
    await this.assertEvent(user, dto.eventId ?? null);
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
    return this.response((await this.plans.findById(id))!, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdatePlanDto,
    version: number | undefined,
    lang: Language,
  ): Promise<PlanResponseDto> {
    const plan = await this.manageable(user, id);
    const next = {
      title: dto.title ?? plan.title,
      startsOn: dto.startsOn ?? plan.startsOn,
      endsOn: dto.endsOn ?? plan.endsOn,
      eventId: dto.eventId === undefined ? plan.eventId : dto.eventId,
    };
    this.assertPeriod(next.startsOn, next.endsOn);
    if (next.eventId !== plan.eventId) {
      await this.assertEvent(user, next.eventId);
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
    return this.response((await this.plans.findById(id))!, lang);
  }

  async addPoint(user: AuthUser, planId: string, dto: PlanPointDto, lang: Language): Promise<PlanPointResponseDto> {
    const plan = await this.manageable(user, planId);
    const [values] = await this.pointValues([dto]);
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
    return this.pointOf(planId, pointId, lang);
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
      throw owner || responsible || (await this.mayRead(user, plan)) ? AppError.forbidden() : AppError.notFound();
    }
    const edited = edits
      ? (
          await this.pointValues([
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
        await this.recordProgress(manager, [pointId], {
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
    return this.pointOf(planId, pointId, lang);
  }

  /** Records that a plan point is carried out by a resolution's point or a protocol's instruction. */
  async link(
    user: AuthUser,
    planId: string,
    planPointId: string,
    dto: LinkPointDto,
    lang: Language,
  ): Promise<PlanPointResponseDto> {
    const plan = await this.manageable(user, planId);
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
    return this.pointOf(planId, planPointId, lang);
  }

  async unlink(user: AuthUser, planId: string, planPointId: string, pointId: string): Promise<void> {
    const plan = await this.manageable(user, planId);
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

  /**
   * Adds a road map's points from CSV or XLSX. Every row is checked (shape, numbers free in the plan and
   * in the file, organization, region); with any error nothing is written and every error is reported by row.
   */
  async import(
    user: AuthUser,
    planId: string,
    content: Buffer,
    fileName: string,
    contentType: string | undefined,
    dryRun: boolean,
    lang: Language,
  ): Promise<PlanImportResultDto> {
    const plan = await this.manageable(user, planId);
    let parsed: Awaited<ReturnType<typeof parsePlanFile>>;
    try {
      parsed = await parsePlanFile(content, fileName, contentType);
    } catch (error) {
      if (error instanceof ImportFormatError) {
        throw new AppError('IMPORT_UNREADABLE', {
          detail: error.detail ? `${error.code}: ${error.detail}` : error.code,
        });
      }
      throw error;
    }
    const issues: PlanImportIssue[] = [...parsed.issues];
    const names = parsed.rows.flatMap((r) => (r.responsible && !UUID.test(r.responsible) ? [r.responsible] : []));
    const idsByName = await this.organizations.findIdsByNames([...new Set(names)]);
    const ids = parsed.rows.flatMap((r) => (r.responsible && UUID.test(r.responsible) ? [r.responsible] : []));
    const knownIds = new Set((await this.organizations.findByIds(ids)).map((o) => o.id));
    const knownRegions = await this.regions.existingCodes(
      parsed.rows.flatMap((r) => (r.regionCode ? [r.regionCode] : [])),
    );

    const outcome = await this.plans.transaction(async (manager) => {
      await this.plans.findById(planId, manager, true);
      const numbered = parsed.rows.flatMap((r) => (r.number ? [r.number] : []));
      const taken = await this.plans.takenPositions(manager, planId, numbered);
      let next = Math.max(await this.plans.nextPosition(manager, planId), ...numbered.map((n) => n + 1));
      const values: PlanPointValues[] = parsed.rows.map((row) => {
        if (row.number && taken.has(row.number)) {
          issues.push({ row: row.row, field: 'number', code: 'alreadyExists', value: String(row.number) });
        }
        let responsibleOrganizationId: string | null = null;
        if (row.responsible) {
          responsibleOrganizationId = UUID.test(row.responsible)
            ? knownIds.has(row.responsible)
              ? row.responsible
              : null
            : (idsByName.get(row.responsible) ?? null);
          if (!responsibleOrganizationId) {
            issues.push({ row: row.row, field: 'responsible', code: 'exists', value: row.responsible });
          }
        }
        if (row.regionCode && !knownRegions.has(row.regionCode)) {
          issues.push({ row: row.row, field: 'regionCode', code: 'exists', value: row.regionCode });
        }
        const percent = row.status === 'done' ? 100 : (row.percent ?? 0);
        return {
          position: row.number ?? next++,
          text: row.text,
          responsibleOrganizationId,
          executorId: null,
          regionCode: row.regionCode ?? null,
          dueDate: row.dueDate ?? null,
          weight: row.weight ?? 1,
          status: progressStatus(percent, row.status),
          percent,
        };
      });
      if (issues.length > 0 || dryRun) {
        return 0;
      }
      const added = await this.plans.insertPoints(manager, planId, values, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'plan',
        entityId: planId,
        action: 'import',
        eventId: plan.eventId,
        changes: { points: added.length },
      });
      return added.length;
    });
    issues.sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
    return {
      totalRows: parsed.rows.length,
      imported: outcome,
      dryRun,
      errors: issues.map((issue) => ({
        row: issue.row,
        field: issue.field,
        code: issue.code,
        value: issue.value,
        message: fieldMessage(issue.code, lang, { constraint1: issue.params?.max ?? '', ...issue.params }),
      })),
    };
  }

  /** The plan's points as a workbook with the columns the import reads. */
  async exportXlsx(user: AuthUser, planId: string, lang: Language): Promise<{ file: Buffer; title: string }> {
    const plan = await this.readable(user, planId);
    const points = await this.plans.pointsOf([planId]);
    const rows = points.map((p) => [
      p.position,
      p.text.kk,
      p.text.ru,
      p.text.en ?? '',
      pickText(p.responsibleName, lang) ?? '',
      p.regionCode ?? '',
      p.dueDate ? dayToTyped(p.dueDate) : '',
      p.weight,
      p.status,
      p.percent,
    ]);
    const header = PLAN_COLUMNS.map((column) => PLAN_HEADERS[column][lang]);
    const name = { kk: 'Жол картасы', ru: 'Дорожная карта', en: 'Road map' }[lang];
    const file = await writeSheet(name, header, rows, [6, 60, 60, 40, 36, 14, 12, 8, 14, 8]);
    return { file, title: pickText(plan.title, lang) ?? 'plan' };
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
        await this.recordProgress(manager, [ids[i]], { ...step, status, evidenceUrl: null, authorId: null });
      }
    }
    return planId;
  }

  private recordProgress(manager: Tx, pointIds: string[], values: PlanProgressValues): Promise<void> {
    return this.plans.recordProgress(manager, pointIds, values);
  }

  private async pointOf(planId: string, pointId: string, lang: Language): Promise<PlanPointResponseDto> {
    return pointResponse(
      (await this.plans.pointsOf([planId])).find((p) => p.id === pointId)!,
      lang,
    );
  }

  private async response(plan: PlanRow, lang: Language): Promise<PlanResponseDto> {
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
      points: points.map((p) => pointResponse(p, lang)),
      version: plan.version,
    };
  }

  private async mayRead(user: AuthUser, plan: PlanRow): Promise<boolean> {
    if (mayAccessOrganizations(user, [plan.ownerOrganizationId], 'draft')) {
      return true;
    }
    const own = organizationsWith(user, 'draft');
    return own.length > 0 && this.plans.hasPointOf(plan.id, own);
  }

  /** A plan this user may read: its owners, and the people of an organization responsible for one of its points. */
  private async readable(user: AuthUser, id: string): Promise<PlanRow> {
    const plan = await this.plans.findById(id);
    if (!plan || !(await this.mayRead(user, plan))) {
      throw AppError.notFound();
    }
    return plan;
  }

  /** A plan this user may edit: its owner organization's organizers and secretaries. */
  private async manageable(user: AuthUser, id: string): Promise<PlanRow> {
    const plan = await this.plans.findById(id);
    if (!plan) {
      throw AppError.notFound();
    }
    if (!mayAccessOrganizations(user, [plan.ownerOrganizationId], 'draft')) {
      throw (await this.mayRead(user, plan)) ? AppError.forbidden() : AppError.notFound();
    }
    return plan;
  }

  private assertPeriod(startsOn: string, endsOn: string): void {
    if (endsOn < startsOn) {
      throw AppError.validation([{ field: 'endsOn', code: 'endsAfterStart' }]);
    }
  }

  private async assertEvent(user: AuthUser, eventId: string | null): Promise<void> {
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
  private async pointValues(
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
