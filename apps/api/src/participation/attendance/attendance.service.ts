import { Injectable } from '@nestjs/common';
import { NextFlight, pickText, sharedBody, toZonedIso, writeSheet } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventQuorum, EventRow } from '../../forum/events/events.model';
import { personName } from '../../directory/people/people.service';
import type {
  AttendanceGroupDto,
  AttendanceQueryDto,
  AttendanceResponseDto,
  QuorumStateDto,
} from './dto/attendance.dto';
import { AttendanceCache } from './attendance.cache';
import type { AttendanceEvent, RegionCount } from './attendance.model';
import { AttendanceRepository } from './attendance.repository';
import { attendanceEventFor } from './attendance-access';

/** One collator for the report's sorting: localeCompare with a locale builds one at every call. */
const KAZAKH = new Intl.Collator('kk');

function csvCell(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The attendance report (by region, role, organization or session; CSV and XLSX) and the live quorum. */
@Injectable()
export class AttendanceService {
  private readonly reports = new NextFlight<Buffer>();

  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly cache: AttendanceCache,
  ) {}

  /** Organizers and secretaries of this event see its attendance report; checkers do not. */
  private reportingEvent(user: AuthUser, eventId: string): Promise<AttendanceEvent> {
    return attendanceEventFor(this.cache, user, eventId, 'report');
  }

  /** The report as UTF-8 JSON (an AttendanceResponseDto). */
  async reportJson(user: AuthUser, eventId: string, query: AttendanceQueryDto, lang: Language): Promise<Buffer> {
    const event = await this.reportingEvent(user, eventId);
    const by = query.by ?? 'region';
    // The board polls this every few seconds from every screen: one computation (and one JSON of
    // up to a hundred KB) at a time per report, shared by the screens that asked meanwhile.
    return this.reports.run(`${event.id}|${by}|${lang}`, async () =>
      // Encoded once (and compressed once): every screen's answer is written from the same bytes.
      sharedBody(Buffer.from(JSON.stringify(await this.computeReport(event, by, lang)))),
    );
  }

  private async computeReport(
    event: AttendanceEvent,
    by: NonNullable<AttendanceQueryDto['by']>,
    lang: Language,
  ): Promise<AttendanceResponseDto> {
    let totals: AttendanceResponseDto['totals'];
    let groups: AttendanceGroupDto[];
    if (by === 'region') {
      // One grouped query, spread over the region tree; with those without a region, the totals.
      const { regions, none } = await this.attendance.byRegion(event.id);
      groups = this.regionTree(regions, lang);
      if (none.registered > 0) {
        groups.push({ key: 'none', label: '—', registered: none.registered, checkedIn: none.checkedIn });
      }
      totals = { registered: 0, checkedIn: 0 };
      for (const row of [...regions.filter((r) => r.parentCode === null), none]) {
        totals.registered += row.registered;
        totals.checkedIn += row.checkedIn;
      }
    } else {
      totals = await this.attendance.totals(event.id);
      const rows =
        by === 'role'
          ? await this.attendance.byRole(event.id)
          : by === 'organization'
            ? await this.attendance.byOrganization(event.id)
            : await this.attendance.bySession(event.id);
      groups = rows.map((row) => ({
        key: row.key ?? 'none',
        label: typeof row.label === 'string' ? row.label : (pickText(row.label, lang) ?? '—'),
        registered: row.registered,
        checkedIn: row.checkedIn,
      }));
    }
    return { totals, groups, quorum: await this.quorum(event) };
  }

  /** The export's header and rows, shared by CSV and XLSX. */
  private async table(
    user: AuthUser,
    eventId: string,
    lang: Language,
  ): Promise<{ header: string[]; rows: string[][] }> {
    const event = await this.reportingEvent(user, eventId);
    const rows = await this.attendance.exportRows(event.id);
    const header = {
      kk: ['Аты-жөні', 'Лауазымы', 'Ұйым', 'Өңір', 'Өңір коды', 'Рөлі', 'Күйі', 'Келген уақыты'],
      ru: ['ФИО', 'Должность', 'Организация', 'Регион', 'Код региона', 'Роль', 'Статус', 'Время прихода'],
      en: ['Name', 'Position', 'Organization', 'Region', 'Region code', 'Role', 'Status', 'Checked in at'],
    }[lang];
    return {
      header,
      rows: rows.map((row) => [
        personName(row.fullName, lang),
        pickText(row.position, lang) ?? '',
        pickText(row.organization, lang) ?? '',
        pickText(row.region, lang) ?? '',
        row.regionCode ?? '',
        row.role,
        row.status,
        row.checkedInAt ? toZonedIso(new Date(row.checkedInAt), event.timeZone) : '',
      ]),
    };
  }

  async csv(user: AuthUser, eventId: string, lang: Language): Promise<string> {
    const { header, rows } = await this.table(user, eventId, lang);
    const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(';'));
    // A BOM and `;` so that Excel in kk/ru locales opens it with the right letters and columns.
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  async xlsx(user: AuthUser, eventId: string, lang: Language): Promise<Buffer> {
    const { header, rows } = await this.table(user, eventId, lang);
    const name = { kk: 'Қатысу', ru: 'Явка', en: 'Attendance' }[lang];
    return writeSheet(name, header, rows, [32, 36, 36, 24, 16, 12, 12, 26]);
  }

  /** The rule in force: a session's own settings override its event's; more than half by default. */
  private rule(
    event: Pick<EventRow, 'quorum'>,
    session: EventQuorum | null,
    members: number,
  ): { members: number; required: number } {
    const memberCount = session?.memberCount ?? event.quorum?.memberCount ?? members;
    const fraction = session?.fraction ?? event.quorum?.fraction ?? 0.5;
    return { members: memberCount, required: Math.floor(memberCount * fraction) + 1 };
  }

  /**
   * The quorum of a session (or of the event, sessionId null) judged at `at` (now when null): the voting
   * members, those present by the one rule of presence (see quorum-presence.ts) and the number needed. The
   * attendance board reports the same counts for every session.
   */
  async quorumFor(
    event: Pick<EventRow, 'id' | 'quorum'>,
    sessionId: string | null,
    at: Date | null = null,
  ): Promise<{ members: number; present: number; required: number }> {
    const counts = await this.attendance.quorumCounts(
      event.id,
      event.quorum?.roles?.length ? event.quorum.roles : null,
      at,
    );
    const counted = counts.find((c) => c.sessionId === sessionId) ?? counts.find((c) => c.sessionId === null)!;
    const rule = this.rule(event, counted.quorum, counted.members);
    return { ...rule, present: counted.present };
  }

  /** Live quorum from check-ins, for the event and each session, when the event or a session defines one. */
  private async quorum(event: AttendanceEvent): Promise<QuorumStateDto[] | undefined> {
    // Most events define no quorum: then the report costs no more than its groups.
    if (!event.quorum && !event.sessionQuorum) {
      return undefined;
    }
    const counts = await this.attendance.quorumCounts(
      event.id,
      event.quorum?.roles?.length ? event.quorum.roles : null,
    );
    return counts.map((c) => {
      const { members, required } = this.rule(event, c.quorum, c.members);
      return {
        sessionId: c.sessionId,
        members,
        present: c.present,
        required,
        reached: members > 0 && c.present >= required,
      };
    });
  }

  /** Builds the tree from the counted nodes; coverage tells how many sub-regions sent someone and how many came. */
  private regionTree(rows: RegionCount[], lang: Language): AttendanceGroupDto[] {
    const nodes = new Map<string, AttendanceGroupDto & { parentCode: string | null; childCount: number }>();
    for (const row of rows) {
      nodes.set(row.code, {
        key: row.code,
        label: pickText(row.name, lang) ?? row.code,
        registered: row.registered,
        checkedIn: row.checkedIn,
        parentCode: row.parentCode,
        childCount: row.childCount,
        children: [],
      });
    }
    const roots: AttendanceGroupDto[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
      (parent ? parent.children! : roots).push(node);
    }
    const finish = (
      node: AttendanceGroupDto & { parentCode?: string | null; childCount?: number },
    ): AttendanceGroupDto => {
      const children = (node.children ?? [])
        .map(finish)
        .sort((a, b) => b.registered - a.registered || KAZAKH.compare(a.label, b.label));
      return {
        key: node.key,
        label: node.label,
        registered: node.registered,
        checkedIn: node.checkedIn,
        ...(node.childCount
          ? {
              coverage: {
                regions: node.childCount,
                registered: children.length,
                present: children.filter((c) => c.checkedIn > 0).length,
              },
            }
          : {}),
        ...(children.length ? { children } : {}),
      };
    };
    return roots.map(finish).sort((a, b) => b.registered - a.registered);
  }
}
