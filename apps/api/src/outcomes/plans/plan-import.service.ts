import { Injectable } from '@nestjs/common';
import { AppError, fieldMessage, ImportFormatError, pickText, writeSheet } from '@app/common';
import { dayToTyped, type Language } from '@app/contracts';
import { AuditService } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { RegionsService } from '../../directory/regions/regions.service';
import { PlanAccess } from './plan-access';
import { PlansRepository } from './plans.repository';
import type { PlanImportResultDto } from './dto/plan.dto';
import { PLAN_COLUMNS, PLAN_HEADERS, parsePlanFile, type PlanImportIssue } from './plan-import.parser';
import type { PlanPointValues } from './plans.model';
import { progressStatus } from './plan-views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A road map's points from and to a spreadsheet. */
@Injectable()
export class PlanImportService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly audit: AuditService,
    private readonly access: PlanAccess,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
  ) {}

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
    const plan = await this.access.manageable(user, planId);
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
    const plan = await this.access.readable(user, planId);
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
}
