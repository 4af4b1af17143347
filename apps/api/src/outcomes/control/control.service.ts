import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import { CONTROL_DEFAULT_WINDOW_DAYS, foldKazakhLetters, type Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { eventsWith, organizationsWith } from '../../platform/access/event-access';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import type {
  ControlHistoryResponseDto,
  ControlListQueryDto,
  ControlPointResponseDto,
  ControlPointsResponseDto,
  ControlQueryDto,
  ControlReportResponseDto,
  ControlSummaryResponseDto,
} from './dto/control.dto';
import { type ControlFilter, ControlRepository, type ControlRow } from './control.repository';

/** Weeks the trend goes back, the current one included. */
const TREND_WEEKS = 26;
/** The most overdue points one report lists. */
const REPORT_OVERDUE_LIMIT = 2000;

function pointResponse(row: ControlRow, lang: Language): ControlPointResponseDto {
  return {
    id: row.id,
    source: row.source,
    actId: row.actId,
    actNumber: row.actNumber,
    actTitle: pickText(row.actTitle, lang) ?? '',
    eventId: row.eventId,
    number: row.position,
    text: pickText(row.text, lang) ?? '',
    responsible: row.responsibleId ? { id: row.responsibleId, name: pickText(row.responsibleName, lang) ?? '' } : null,
    regionCode: row.regionCode,
    dueDate: row.dueDate,
    status: row.overdue ? 'overdue' : row.status,
    percent: row.percent,
    weight: row.weight,
    overdue: row.overdue,
  };
}

/**
 * The control room: every point of adopted resolutions, approved protocols' instructions and road maps
 * that the user follows. Organizers and secretaries see the points of their forums and of the acts and
 * plans their organizations own, and the points their organizations (or those below them) answer for;
 * admins see all.
 */
@Injectable()
export class ControlService {
  constructor(
    private readonly control: ControlRepository,
    private readonly organizations: OrganizationsService,
  ) {}

  /** With no filter: the user's own organizations' points that are overdue or due within 14 days. */
  async points(user: AuthUser, query: ControlListQueryDto, lang: Language): Promise<ControlPointsResponseDto> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const filter = await this.filter(user, query);
    const asked =
      query.organization || query.region || query.source || query.act || query.status || query.due_before || query.q;
    let view: ControlPointsResponseDto['view'] = 'filtered';
    let page: Awaited<ReturnType<ControlRepository['list']>>;
    if (asked || query.overdue !== undefined) {
      page = await this.control.list(filter, limit, offset);
    } else {
      view = 'mine';
      const own = filter.visibility.all ? undefined : filter.visibility.responsibleIds;
      page = await this.control.list(
        { ...filter, openOnly: true, dueWithinDays: CONTROL_DEFAULT_WINDOW_DAYS, ownIds: own },
        limit,
        offset,
      );
      if (page.total === 0) {
        // Nothing urgent of one's own: the open work one follows, rather than an empty screen.
        view = 'all_open';
        page = await this.control.list({ ...filter, openOnly: true }, limit, offset);
      }
    }
    return {
      items: page.rows.map((row) => pointResponse(row, lang)),
      total: page.total,
      limit,
      offset,
      date: filter.date,
      view,
    };
  }

  async summary(user: AuthUser, query: ControlQueryDto, lang: Language): Promise<ControlSummaryResponseDto> {
    const filter = await this.filter(user, query);
    const summary = await this.control.summary(filter, TREND_WEEKS);
    return {
      date: filter.date,
      totals: summary.totals,
      byOrganization: summary.byOrganization.map(({ name, ...figures }) => ({
        ...figures,
        name: pickText(name, lang) ?? '—',
      })),
      trend: summary.trend,
    };
  }

  /**
   * The dated report for the superior body: the summary's figures (same filters) and the overdue list, most overdue
   * first, each with the reason its last progress note gives.
   */
  async report(user: AuthUser, query: ControlQueryDto, lang: Language): Promise<ControlReportResponseDto> {
    const summary = await this.summary(user, query, lang);
    const filter = await this.filter(user, query);
    const overdue = await this.control.list({ ...filter, overdue: true }, REPORT_OVERDUE_LIMIT, 0);
    const notes = await this.control.lastNotes(overdue.rows.map((row) => row.id));
    return {
      date: summary.date,
      totals: summary.totals,
      byOrganization: summary.byOrganization,
      overdue: overdue.rows.map((row) => ({
        point: pointResponse(row, lang),
        daysOverdue: Math.round((Date.parse(filter.date) - Date.parse(row.dueDate!)) / 86_400_000),
        lastNote: notes.get(row.id) ?? null,
      })),
    };
  }

  /** A point's history: every progress report, newest first, with who made it and the evidence. */
  async history(user: AuthUser, id: string, lang: Language): Promise<ControlHistoryResponseDto> {
    const filter = await this.filter(user, {});
    const row = await this.control.one(filter, id);
    if (!row) {
      throw AppError.notFound();
    }
    return { point: pointResponse(row, lang), history: await this.control.history(id) };
  }

  private async filter(user: AuthUser, query: ControlQueryDto): Promise<ControlFilter> {
    const ownerIds = organizationsWith(user, 'draft');
    const words = foldKazakhLetters((query.q ?? '').toLowerCase())
      .split(/\s+/)
      .filter((word) => word !== '')
      .slice(0, 8);
    return {
      date: await this.control.day(query.date),
      visibility: {
        all: user.roles.includes('admin'),
        ownerIds,
        eventIds: eventsWith(user, 'draft'),
        responsibleIds: await this.organizations.subtreeIds(ownerIds),
      },
      organizationIds: query.organization ? await this.organizations.subtreeIds([query.organization]) : undefined,
      region: query.region,
      source: query.source,
      actId: query.act,
      status: query.status,
      dueBefore: query.due_before,
      overdue: query.overdue,
      words,
    };
  }
}
