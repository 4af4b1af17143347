import { REGION_LEVELS, type RegionLevel } from '@app/contracts';
import { parse } from 'csv-parse/sync';
import type { FieldIssue } from '@app/common';

export interface RegionImportRow {
  row: number;
  code: string;
  parentCode: string;
  level: Exclude<RegionLevel, 'oblast' | 'city'>;
  name: { kk: string; ru: string; en?: string };
}

const CHILD_LEVELS = REGION_LEVELS.filter((level) => level !== 'oblast' && level !== 'city');
type Column = 'code' | 'parentCode' | 'level' | 'nameKk' | 'nameRu' | 'nameEn';

function columnKey(header: string): Column | undefined {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
  const aliases: Record<string, Column> = {
    code: 'code',
    kato: 'code',
    parent: 'parentCode',
    parentcode: 'parentCode',
    level: 'level',
    namekk: 'nameKk',
    nameru: 'nameRu',
    nameen: 'nameEn',
  };
  return aliases[key];
}

/**
 * Reads a CSV of regions (code, parentCode, level, nameKk, nameRu, nameEn; `,` or `;`),
 * checking each row's shape. Returns the rows and the issues, by row number (header = 1).
 */
export function parseRegionsCsv(content: Buffer): {
  rows: RegionImportRow[];
  issues: (FieldIssue & { row: number })[];
} {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true });
  const [header = [], ...data] = records;
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = columnKey(h);
    if (key && !index.has(key)) {
      index.set(key, i);
    }
  });
  const issues: (FieldIssue & { row: number })[] = [];
  for (const required of ['code', 'parentCode', 'level', 'nameKk', 'nameRu'] as const) {
    if (!index.has(required)) {
      issues.push({ row: 1, field: required, code: 'isDefined' });
    }
  }
  if (issues.length) {
    return { rows: [], issues };
  }
  const rows: RegionImportRow[] = [];
  data.forEach((record, i) => {
    const row = i + 2;
    const cell = (key: Column): string =>
      index.has(key) ? (record[index.get(key)!] ?? '').normalize('NFC').trim() : '';
    if (record.every((value) => !value.trim())) {
      return;
    }
    const code = cell('code').toUpperCase();
    const parentCode = cell('parentCode').toUpperCase();
    const level = cell('level') as RegionImportRow['level'];
    const before = issues.length;
    if (!/^[A-Z0-9][A-Z0-9-]{1,39}$/.test(code)) {
      issues.push({ row, field: 'code', code: 'regionCode' });
    }
    if (!parentCode) {
      issues.push({ row, field: 'parentCode', code: 'isNotEmpty' });
    }
    if (!(CHILD_LEVELS as readonly string[]).includes(level)) {
      issues.push({ row, field: 'level', code: 'isIn', params: { constraint1: CHILD_LEVELS.join(', ') } });
    }
    for (const key of ['nameKk', 'nameRu'] as const) {
      if (!cell(key)) {
        issues.push({ row, field: key, code: 'isNotEmpty' });
      }
    }
    if (issues.length === before) {
      rows.push({
        row,
        code,
        parentCode,
        level,
        name: { kk: cell('nameKk'), ru: cell('nameRu'), ...(cell('nameEn') ? { en: cell('nameEn') } : {}) },
      });
    }
  });
  return { rows, issues };
}
