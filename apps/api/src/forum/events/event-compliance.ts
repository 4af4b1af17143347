import { pickText, toZonedIso } from '@app/common';
import type { Language } from '@app/contracts';
import type { ComplianceGroupDto, ComplianceResponseDto } from './dto/compliance.dto';
import { meetsLeadTime, zoned } from './event-response';
import type { EventRow } from './events.model';

/** The lead-time report: events announced in time, late or not at all, by organizer and by region, worst first. */
export function complianceReport(rows: EventRow[], lang: Language): ComplianceResponseDto {
  const group = (key: string, label: string): ComplianceGroupDto => ({
    key,
    label,
    events: 0,
    inTime: 0,
    late: 0,
    notAnnounced: 0,
    percent: 0,
  });
  const count = (g: ComplianceGroupDto, row: EventRow): void => {
    g.events += 1;
    if (row.leadTimeDays === null) {
      g.notAnnounced += 1;
    } else if (meetsLeadTime(row)) {
      g.inTime += 1;
    } else {
      g.late += 1;
    }
    g.percent = Math.round((g.inTime / g.events) * 1000) / 10;
  };
  const totals = group('all', '');
  const byOrganizer = new Map<string, ComplianceGroupDto>();
  const byRegion = new Map<string, ComplianceGroupDto>();
  for (const row of rows) {
    count(totals, row);
    for (const o of row.organizers) {
      const g = byOrganizer.get(o.id) ?? group(o.id, pickText(o.name, lang) ?? '');
      byOrganizer.set(o.id, g);
      count(g, row);
    }
    const regionKey = row.regionCode ?? 'none';
    const r = byRegion.get(regionKey) ?? group(regionKey, pickText(row.regionName, lang) ?? '');
    byRegion.set(regionKey, r);
    count(r, row);
  }
  const worstFirst = (a: ComplianceGroupDto, b: ComplianceGroupDto): number =>
    a.percent - b.percent || a.label.localeCompare(b.label);
  return {
    totals,
    byOrganizer: [...byOrganizer.values()].sort(worstFirst),
    byRegion: [...byRegion.values()].sort(worstFirst),
    violations: rows
      .filter((row) => !meetsLeadTime(row))
      .map((row) => ({
        id: row.id,
        slug: row.slug,
        title: pickText(row.title, lang) ?? '',
        startsAt: toZonedIso(new Date(row.startsAt), row.timeZone),
        announcedAt: zoned(row.announcedAt, row.timeZone),
        leadTimeDays: row.leadTimeDays,
        requiredLeadDays: row.requiredLeadDays,
        regionCode: row.regionCode,
        organizers: row.organizers.map((o) => pickText(o.name, lang) ?? ''),
      })),
  };
}
