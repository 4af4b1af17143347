import type { EntityManager } from 'typeorm';
import type { DemoData } from './demo-data.types';

/** The demo's directory: regions, organizations and people, with the ids the forums refer to them by. */

export async function insertRegions(manager: EntityManager, data: DemoData): Promise<void> {
  // Parents come before children in the data; each path extends its parent's.
  for (const region of data.regions) {
    await manager.query(
      `INSERT INTO regions (code, parent_code, level, name, path)
       SELECT $1::text, $2::text, $3::text, $4::jsonb, p.path || '/' || $1::text FROM regions p WHERE p.code = $2::text
       ON CONFLICT (code) DO NOTHING`,
      [region.code, region.parentCode, region.level, JSON.stringify(region.name)],
    );
  }
}

export async function insertOrganizations(manager: EntityManager, data: DemoData): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const org of data.organizations) {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO organizations (name, kind, region_code, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [JSON.stringify(org.name), org.kind, org.regionCode ?? null, org.parentKey ? ids.get(org.parentKey) : null],
    );
    ids.set(org.key, id);
  }
  return ids;
}

export async function insertPeople(
  manager: EntityManager,
  data: DemoData,
  orgIds: Map<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const p of data.people) {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO people (full_name, position, organization_id, region_code, category, language)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        JSON.stringify(p.fullName),
        p.position ? JSON.stringify(p.position) : null,
        p.organizationKey ? orgIds.get(p.organizationKey) : null,
        p.regionCode ?? null,
        p.category,
        p.language ?? 'kk',
      ],
    );
    ids.set(p.key, id);
  }
  return ids;
}
