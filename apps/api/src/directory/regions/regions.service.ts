import { Injectable } from '@nestjs/common';
import { AppError, fieldMessage, pickText } from '@app/common';
import type { Language, RegionLevel } from '@app/contracts';
import type {
  CreateRegionDto,
  ListRegionsQueryDto,
  RegionImportResultDto,
  RegionListResponseDto,
  RegionResponseDto,
} from './dto/region.dto';
import { parseRegionsCsv } from './regions-import';
import type { RegionImportRow } from './regions-import';
import { PATH_SEPARATOR, type RegionRow, RegionsRepository } from './regions.repository';

/** Which levels may sit under which: an oblast holds districts, a district rural districts, and so on. */
const ALLOWED_PARENT_LEVELS: Record<'district' | 'rural_district' | 'village', RegionLevel[]> = {
  district: ['oblast', 'city'],
  rural_district: ['district', 'city'],
  village: ['rural_district', 'district'],
};

export function toRegionResponse(row: RegionRow, lang: Language): RegionResponseDto {
  return {
    code: row.code,
    name: pickText(row.name, lang) ?? row.code,
    names: row.name,
    level: row.level,
    parentCode: row.parentCode,
    path: row.path.split(PATH_SEPARATOR),
    childCount: row.childCount,
  };
}

@Injectable()
export class RegionsService {
  constructor(private readonly regions: RegionsRepository) {}

  async list(query: ListRegionsQueryDto, lang: Language): Promise<RegionListResponseDto> {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const q = query.q?.trim();
    // Without a parent or a search, the list is the top level of the tree.
    const parent = query.parent === 'ROOT' || (!query.parent && !q && !query.level) ? null : query.parent;
    const { rows, total } = await this.regions.list({ parent, q, level: query.level, limit, offset });
    return { items: rows.map((row) => toRegionResponse(row, lang)), total, limit, offset };
  }

  async get(code: string, lang: Language): Promise<RegionResponseDto> {
    const [row] = await this.regions.findByCodes([code.toUpperCase()]);
    if (!row) {
      throw AppError.notFound();
    }
    return toRegionResponse(row, lang);
  }

  async create(dto: CreateRegionDto, lang: Language): Promise<RegionResponseDto> {
    const [parent] = await this.regions.findByCodes([dto.parentCode]);
    if (!parent) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'parentCode', code: 'exists' }]);
    }
    if (!ALLOWED_PARENT_LEVELS[dto.level].includes(parent.level)) {
      throw AppError.validation([{ field: 'level', code: 'regionLevel' }]);
    }
    await this.regions.insert({
      code: dto.code,
      parentCode: dto.parentCode,
      level: dto.level,
      name: dto.name,
      path: `${parent.path}${PATH_SEPARATOR}${dto.code}`,
    });
    return this.get(dto.code, lang);
  }

  /**
   * Imports regions from CSV (code, parentCode, level, nameKk, nameRu, nameEn). A parent may
   * be an existing region or an earlier row. Any error: nothing is written, every error reported.
   */
  async import(content: Buffer, dryRun: boolean, lang: Language): Promise<RegionImportResultDto> {
    const { rows, issues } = parseRegionsCsv(content);
    const existing = new Map(
      (await this.regions.findByCodes([...new Set(rows.flatMap((r) => [r.code, r.parentCode]))])).map((r) => [
        r.code,
        r,
      ]),
    );
    const inFile = new Map<string, { level: RegionLevel; path: string }>();
    const accepted: {
      code: string;
      parentCode: string;
      level: RegionLevel;
      name: RegionImportRow['name'];
      path: string;
    }[] = [];
    for (const row of rows) {
      if (existing.has(row.code) || inFile.has(row.code)) {
        issues.push({
          row: row.row,
          field: 'code',
          code: existing.has(row.code) ? 'alreadyExists' : 'duplicateInFile',
        });
        continue;
      }
      const parent = inFile.get(row.parentCode) ?? existing.get(row.parentCode);
      if (!parent) {
        issues.push({ row: row.row, field: 'parentCode', code: 'exists' });
        continue;
      }
      if (!ALLOWED_PARENT_LEVELS[row.level].includes(parent.level)) {
        issues.push({ row: row.row, field: 'level', code: 'regionLevel' });
        continue;
      }
      const path = `${parent.path}${PATH_SEPARATOR}${row.code}`;
      inFile.set(row.code, { level: row.level, path });
      accepted.push({ code: row.code, parentCode: row.parentCode, level: row.level, name: row.name, path });
    }
    const errors = issues
      .sort((a, b) => a.row - b.row)
      .map((issue) => ({
        row: issue.row,
        field: issue.field,
        code: issue.code,
        message: fieldMessage(issue.code, lang, issue.params),
      }));
    if (errors.length > 0 || dryRun) {
      return { totalRows: rows.length + new Set(issues.map((i) => i.row)).size, imported: 0, dryRun, errors };
    }
    await this.regions.insertMany(accepted);
    return { totalRows: rows.length, imported: accepted.length, dryRun, errors: [] };
  }

  /** For other modules: the regions with these codes that exist. */
  async existingCodes(codes: string[]): Promise<Set<string>> {
    const rows = await this.regions.findByCodes([...new Set(codes)]);
    return new Set(rows.map((row) => row.code));
  }
}
