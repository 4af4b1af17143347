import type { TestApp } from './test-app';

/** Two districts of the West Kazakhstan oblast (made by an organizer's hand, as the directory allows). */
export const DISTRICTS = { zhanakala: 'KZ-27-ZH', bokeyOrda: 'KZ-27-BK' } as const;

/** Adds the DISTRICTS under KZ-27 to the directory. */
export async function createDistricts(t: TestApp): Promise<void> {
  const admin = await t.adminToken();
  for (const [code, kk, ru] of [
    [DISTRICTS.zhanakala, 'Жаңақала ауданы', 'Жангалинский район'],
    [DISTRICTS.bokeyOrda, 'Бөкей ордасы ауданы', 'Бокейординский район'],
  ]) {
    const created = await t.client.post(
      '/api/v1/regions',
      { code, parentCode: 'KZ-27', level: 'district', name: { kk, ru } },
      { token: admin },
    );
    if (created.status !== 201) {
      throw new Error(`district ${code}: ${created.status} ${created.text}`);
    }
  }
}
