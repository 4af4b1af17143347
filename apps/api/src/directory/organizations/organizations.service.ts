import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import type { Language } from '@app/contracts';
import { type AuthUser, canActAs } from '../../platform/access/auth-user';
import { RegionsService } from '../regions/regions.service';
import type {
  CreateOrganizationDto,
  ListOrganizationsQueryDto,
  OrganizationListResponseDto,
  OrganizationResponseDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { type OrganizationRow, OrganizationsRepository } from './organizations.repository';

function toResponse(row: OrganizationRow, lang: Language): OrganizationResponseDto {
  return {
    id: row.id,
    name: pickText(row.name, lang) ?? '',
    names: row.name,
    kind: row.kind,
    regionCode: row.regionCode,
    parentId: row.parentId,
    announcementLeadDays: row.announcementLeadDays,
    headPersonId: row.headPersonId,
    version: row.version,
  };
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly regions: RegionsService,
  ) {}

  async list(query: ListOrganizationsQueryDto, lang: Language): Promise<OrganizationListResponseDto> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const { rows, total } = await this.organizations.list({
      q: query.q?.trim(),
      region: query.region,
      kind: query.kind,
      limit,
      offset,
    });
    return { items: rows.map((row) => toResponse(row, lang)), total, limit, offset };
  }

  async get(id: string, lang: Language): Promise<OrganizationResponseDto> {
    const [row] = await this.organizations.findByIds([id]);
    if (!row) {
      throw AppError.notFound();
    }
    return toResponse(row, lang);
  }

  async create(user: AuthUser, dto: CreateOrganizationDto, lang: Language): Promise<OrganizationResponseDto> {
    if (dto.announcementLeadDays !== undefined && dto.announcementLeadDays < 5 && !user.roles.includes('admin')) {
      throw AppError.forbidden();
    }
    await this.assertRegion(dto.regionCode);
    if (dto.parentId && (await this.organizations.findByIds([dto.parentId])).length === 0) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'parentId', code: 'exists' }]);
    }
    const id = await this.organizations.insert({
      name: dto.name,
      kind: dto.kind ?? 'other',
      regionCode: dto.regionCode ?? null,
      parentId: dto.parentId ?? null,
      announcementLeadDays: dto.announcementLeadDays ?? 5,
      headPersonId: dto.headPersonId ?? null,
    });
    return this.get(id, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdateOrganizationDto,
    version: number | undefined,
    lang: Language,
  ): Promise<OrganizationResponseDto> {
    if (!canActAs(user, 'organizer', { organizationIds: [id] })) {
      throw AppError.forbidden();
    }
    // The announcement rule is the akim's order, not the organizer's to relax.
    if (dto.announcementLeadDays !== undefined && !user.roles.includes('admin')) {
      throw AppError.forbidden();
    }
    await this.assertRegion(dto.regionCode);
    const changed = await this.organizations.update(id, dto, version);
    if (changed === 0) {
      const [row] = await this.organizations.findByIds([id]);
      throw row ? AppError.versionMismatch() : AppError.notFound();
    }
    return this.get(id, lang);
  }

  /** For other modules: names and lead-time rules of these organizations. */
  findByIds(ids: string[]): Promise<OrganizationRow[]> {
    return this.organizations.findByIds([...new Set(ids)]);
  }

  findIdsByNames(names: string[]): Promise<Map<string, string>> {
    return this.organizations.findIdsByNames(names);
  }

  /** For other modules: these organizations with every one below them (their sub-organizations). */
  subtreeIds(ids: string[]): Promise<string[]> {
    return this.organizations.subtreeIds([...new Set(ids)]);
  }

  private async assertRegion(code: string | undefined): Promise<void> {
    if (code && !(await this.regions.existingCodes([code])).has(code)) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'regionCode', code: 'exists' }]);
    }
  }
}
