import { Injectable } from '@nestjs/common';
import { AppError, fieldMessage, patched, pickText } from '@app/common';
import type { Language } from '@app/contracts';
import { type AuthUser, canActAs, holdsRole } from '../../platform/access/auth-user';
import { OrganizationsService } from '../organizations/organizations.service';
import { RegionsService } from '../regions/regions.service';
import type {
  CreatePersonDto,
  ImportIssueDto,
  ImportResultDto,
  ListPeopleQueryDto,
  PersonListResponseDto,
  PersonResponseDto,
  UpdatePersonDto,
} from './dto/person.dto';
import {
  HEADER_ISSUE_CODES,
  ImportFormatError,
  type ImportIssue,
  parsePeopleFile,
  type ParsedImport,
} from './import/people-import.parser';
import { PeopleRepository, type PersonRow, type PersonValues } from './people.repository';

export function personName(fullName: { kk: string; ru?: string }, lang: Language): string {
  return lang !== 'kk' && fullName.ru ? fullName.ru : fullName.kk;
}

function normalizePhone(phone: string | undefined): string | null {
  if (!phone) {
    return null;
  }
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) {
    return `+7${digits.slice(1)}`;
  }
  if (digits.length === 10 && digits.startsWith('7')) {
    return `+7${digits}`;
  }
  return phone.startsWith('+') ? `+${digits}` : digits;
}

/** E-mails and phones are for organizers and admins; checkers and secretaries see names and positions. */
function seesContacts(user: AuthUser | undefined): boolean {
  return !!user && (user.roles.includes('admin') || holdsRole(user, 'organizer'));
}

function toResponse(row: PersonRow, lang: Language, contacts = true): PersonResponseDto {
  return {
    id: row.id,
    name: personName(row.fullName, lang),
    fullName: row.fullName,
    positionText: pickText(row.position, lang),
    position: row.position,
    organization: row.organizationId
      ? { id: row.organizationId, name: pickText(row.organizationName, lang) ?? '' }
      : null,
    regionCode: row.regionCode,
    category: row.category,
    email: contacts ? row.email : null,
    phone: contacts ? row.phone : null,
    language: row.language,
    remindersOptOut: row.remindersOptOut,
    version: row.version,
  };
}

@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    private readonly organizations: OrganizationsService,
    private readonly regions: RegionsService,
  ) {}

  async list(user: AuthUser, query: ListPeopleQueryDto, lang: Language): Promise<PersonListResponseDto> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const { rows, total } = await this.people.list({
      q: query.q?.normalize('NFC').trim() || undefined,
      region: query.region,
      organizationId: query.organization,
      category: query.category,
      limit,
      offset,
    });
    return { items: rows.map((row) => toResponse(row, lang, seesContacts(user))), total, limit, offset };
  }

  async get(id: string, lang: Language, user?: AuthUser): Promise<PersonResponseDto> {
    const [row] = await this.people.findByIds([id]);
    if (!row) {
      throw AppError.notFound();
    }
    return toResponse(row, lang, user === undefined || seesContacts(user));
  }

  /** The user's own record, contacts included. */
  async mine(user: AuthUser, lang: Language): Promise<PersonResponseDto> {
    if (!user.personId) {
      throw AppError.notFound();
    }
    return this.get(user.personId, lang);
  }

  async create(dto: CreatePersonDto, lang: Language): Promise<PersonResponseDto> {
    const values = this.values(dto);
    await this.assertReferences([values]);
    const [id] = await this.people.insertMany([values]);
    return this.get(id, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdatePersonDto,
    version: number | undefined,
    lang: Language,
  ): Promise<PersonResponseDto> {
    const [current] = await this.people.findByIds([id]);
    if (!current) {
      throw AppError.notFound();
    }
    // A person who belongs to an organization is edited by its organizers (or admins), and moved
    // only into an organization the editor organizes for too.
    const touched = [current.organizationId, dto.organizationId].filter((o): o is string => !!o);
    if (!touched.every((o) => canActAs(user, 'organizer', { organizationIds: [o] }))) {
      throw AppError.forbidden();
    }
    const values: PersonValues = {
      fullName: dto.fullName ?? current.fullName,
      position: patched(dto.position, current.position),
      organizationId: patched(dto.organizationId, current.organizationId),
      regionCode: patched(dto.regionCode, current.regionCode),
      category: dto.category ?? current.category,
      email: patched(dto.email, current.email),
      phone: dto.phone !== undefined ? normalizePhone(dto.phone) : current.phone,
      language: dto.language ?? current.language,
      remindersOptOut: dto.remindersOptOut ?? current.remindersOptOut,
    };
    await this.assertReferences([values]);
    // Without If-Match, still refuse to overwrite a change made since this request read the row.
    if ((await this.people.update(id, values, version ?? current.version)) === 0) {
      throw AppError.versionMismatch();
    }
    return this.get(id, lang);
  }

  /** For mail: the person's own reminders preference, or their unsubscribe link. */
  async setRemindersOptOut(id: string, optOut: boolean): Promise<void> {
    if (!(await this.people.setRemindersOptOut(id, optOut))) {
      throw AppError.notFound();
    }
  }

  /** For other modules: people by id as responses, in the order asked (missing ids are simply absent). */
  async responsesFor(ids: string[], lang: Language, user: AuthUser): Promise<PersonResponseDto[]> {
    const rows = new Map((await this.people.findByIds([...new Set(ids)])).map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [toResponse(row, lang, seesContacts(user))] : [];
    });
  }

  /** For other modules: people by id (missing ids are simply absent). */
  findByIds(ids: string[]): Promise<PersonRow[]> {
    return this.people.findByIds([...new Set(ids)]);
  }

  /**
   * Imports a CSV or XLSX list. Every row is checked (shape, organization, region,
   * e-mail uniqueness); with any error nothing is written and every error is reported by row.
   */
  async import(
    content: Buffer,
    fileName: string,
    contentType: string | undefined,
    dryRun: boolean,
    lang: Language,
  ): Promise<ImportResultDto> {
    let parsed: ParsedImport;
    try {
      parsed = await parsePeopleFile(content, fileName, contentType);
    } catch (error) {
      if (error instanceof ImportFormatError) {
        throw new AppError('IMPORT_UNREADABLE', {
          detail: error.detail ? `${error.code}: ${error.detail}` : error.code,
        });
      }
      throw error;
    }
    // Column problems (an unknown or repeated column) are reported but do not block the rows.
    const isHeaderIssue = (issue: ImportIssue): boolean =>
      (HEADER_ISSUE_CODES as readonly string[]).includes(issue.code);
    const warnings = parsed.issues.filter(isHeaderIssue);
    const issues: ImportIssue[] = parsed.issues.filter((issue) => !isHeaderIssue(issue));

    // References are checked on every row, also those with other problems, so one upload reports everything.
    const allRows = [...parsed.rows, ...parsed.invalidRows];
    const orgNames = allRows.map((r) => r.organization).filter((o): o is string => !!o && !isUuid(o));
    const orgIdsByName = await this.organizations.findIdsByNames([...new Set(orgNames)]);
    const orgIds = allRows.map((r) => r.organization).filter((o): o is string => !!o && isUuid(o));
    const knownOrgIds = new Set((await this.organizations.findByIds(orgIds)).map((o) => o.id));
    const knownRegions = await this.regions.existingCodes(allRows.flatMap((r) => (r.regionCode ? [r.regionCode] : [])));
    const takenEmails = await this.people.existingEmails(allRows.flatMap((r) => (r.email ? [r.email] : [])));

    const values: PersonValues[] = [];
    for (const row of allRows) {
      let organizationId: string | null = null;
      if (row.organization) {
        organizationId = isUuid(row.organization)
          ? knownOrgIds.has(row.organization)
            ? row.organization
            : null
          : (orgIdsByName.get(row.organization) ?? null);
        if (!organizationId) {
          issues.push({ row: row.row, field: 'organization', code: 'exists', value: row.organization });
        }
      }
      if (row.regionCode && !knownRegions.has(row.regionCode)) {
        issues.push({ row: row.row, field: 'regionCode', code: 'exists', value: row.regionCode });
      }
      if (row.email && takenEmails.has(row.email)) {
        issues.push({ row: row.row, field: 'email', code: 'alreadyExists', value: row.email });
      }
      values.push({
        fullName: row.fullName,
        position: row.position ?? null,
        organizationId,
        regionCode: row.regionCode ?? null,
        category: row.category ?? 'other',
        email: row.email ?? null,
        phone: row.phone ?? null,
        language: row.language ?? 'kk',
        remindersOptOut: false,
      });
    }
    issues.sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
    const localize = (issue: ImportIssue): ImportIssueDto => ({
      row: issue.row,
      field: issue.field,
      code: issue.code,
      value: issue.value,
      message: fieldMessage(issue.code, lang, { constraint1: issue.params?.max ?? '', ...issue.params }),
    });
    const errors = issues.map(localize);
    if (errors.length > 0 || dryRun) {
      return { totalRows: parsed.totalRows, imported: 0, dryRun, errors, warnings: warnings.map(localize) };
    }
    const ids = await this.people.insertMany(values);
    return { totalRows: parsed.totalRows, imported: ids.length, dryRun, errors: [], warnings: warnings.map(localize) };
  }

  private values(dto: CreatePersonDto): PersonValues {
    return {
      fullName: dto.fullName,
      position: dto.position ?? null,
      organizationId: dto.organizationId ?? null,
      regionCode: dto.regionCode ?? null,
      category: dto.category ?? 'other',
      email: dto.email ?? null,
      phone: normalizePhone(dto.phone),
      language: dto.language ?? 'kk',
      remindersOptOut: dto.remindersOptOut ?? false,
    };
  }

  private async assertReferences(people: PersonValues[]): Promise<void> {
    const orgIds = people.flatMap((p) => (p.organizationId ? [p.organizationId] : []));
    const found = await this.organizations.findByIds(orgIds);
    if (found.length < new Set(orgIds).size) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'organizationId', code: 'exists' }]);
    }
    const codes = people.flatMap((p) => (p.regionCode ? [p.regionCode] : []));
    const known = await this.regions.existingCodes(codes);
    if (codes.some((code) => !known.has(code))) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'regionCode', code: 'exists' }]);
    }
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
