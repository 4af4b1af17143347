import { Injectable } from '@nestjs/common';
import { AppError, fieldMessage, pickText } from '@app/common';
import type { Language, RegionLevel } from '@app/contracts';
import type {
  CreateRegionDto,
  ListRegionsQueryDto,
  RegionImportResultDto,
  RegionListResponseDto,
  RegionResponseDto,
  UpdateRegionDto,
} from './dto/region.dto';
import { parseRegionsCsv } from './regions-import';
import type { RegionImportRow } from './regions-import';
import { type FormerName, PATH_SEPARATOR, type RegionRow, RegionsRepository } from './regions.repository';

/** Which levels may sit under which: an oblast holds districts, a district rural districts, and so on. */
const ALLOWED_PARENT_LEVELS: Record<'district' | 'rural_district' | 'village', RegionLevel[]> = {
  district: ['oblast', 'city'],
  rural_district: ['district', 'city'],
  village: ['rural_district', 'district'],
};

/** The name a place bore on a day (YYYY-MM-DD): a former one whose dates hold it, else today's. */
export function nameOn(row: Pick<RegionRow, 'name' | 'formerNames'>, day: string | undefined) {
  const former = day && row.formerNames.find((f) => (f.from === undefined || f.from <= day) && day <= f.until);
  return former ? former.name : row.name;
}

export function toRegionResponse(row: RegionRow, lang: Language, on?: string): RegionResponseDto {
  return {
    code: row.code,
    name: pickText(nameOn(row, on), lang) ?? row.code,
    names: row.name,
    level: row.level,
    parentCode: row.parentCode,
    path: row.path.split(PATH_SEPARATOR),
    childCount: row.childCount,
    formerNames: row.formerNames,
  };
}

/** Former names oldest first; each from its first day to its last, none overlapping another. */
function sortedFormerNames(names: FormerName[]): FormerName[] {
  const sorted = [...names].sort((a, b) => a.until.localeCompare(b.until));
  const issues = sorted.flatMap((name, i) => {
    const before = sorted[i - 1];
    // A name whose first day is not known starts after the one before it.
    const overlaps = before !== undefined && (name.until === before.until || (name.from ?? '9') <= before.until);
    const wrong = (name.from !== undefined && name.from > name.until) || overlaps;
    return wrong ? [{ field: `formerNames.${names.indexOf(name)}.from`, code: 'formerNameDates' }] : [];
  });
  if (issues.length > 0) {
    throw AppError.validation(issues);
  }
  return sorted.map(({ name, from, until }) => ({ name, ...(from === undefined ? {} : { from }), until }));
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

  async get(code: string, lang: Language, on?: string): Promise<RegionResponseDto> {
    const [row] = await this.regions.findByCodes([code.toUpperCase()]);
    if (!row) {
      throw AppError.notFound();
    }
    return toRegionResponse(row, lang, on);
  }

  /** Renames a place, keeping what it was called before and when (an admin's work: every organizer shares the tree). */
  async update(code: string, dto: UpdateRegionDto, lang: Language): Promise<RegionResponseDto> {
    const formerNames = dto.formerNames && sortedFormerNames(dto.formerNames);
    if (!(await this.regions.update(code.toUpperCase(), { name: dto.name, formerNames }))) {
      throw AppError.notFound();
    }
    return this.get(code, lang);
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
