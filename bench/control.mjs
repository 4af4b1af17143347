// The control room scenario (issue 16): 6,000 plan points across 120 road maps of the data set's
// organizations (their regions, deadlines, statuses and wordings varied), then the control room's
// views measured one after another: an organizer's default view (scoped to three organizations),
// the admin's default view, the summary, and a text search `q=`.
import { idOf } from './dataset.mjs';

export const CONTROL = { plans: 120, pointsPerPlan: 50 };
const WORDS = [
  ['Ауылдағы жолды жөндеу', 'Ремонт дороги в селе'],
  ['Мектеп ғимаратын салу', 'Строительство здания школы'],
  ['Су құбырын тарту', 'Прокладка водопровода'],
  ['Көше шамдарын орнату', 'Установка уличного освещения'],
  ['Емхананы жабдықтау', 'Оснащение поликлиники'],
  ['Саябақты абаттандыру', 'Благоустройство парка'],
];
const STATUSES = ['not_started', 'in_progress', 'in_progress', 'done', 'cancelled'];

/** Seeds the road maps and their points with SQL; returns the organizations an organizer is scoped to. */
export async function seedControl(pool, tag, date) {
  const orgIds = Array.from({ length: 186 }, (_, i) => idOf(tag, 'org', i + 1));
  const orgs = (
    await pool.query(`SELECT id FROM organizations WHERE id = ANY($1::uuid[]) ORDER BY id`, [orgIds])
  ).rows.map((r) => r.id);
  const plans = Array.from({ length: CONTROL.plans }, (_, i) => idOf(tag, 'control-plan', i));
  await pool.query(
    `INSERT INTO plans (id, title, owner_organization_id, starts_on, ends_on)
     SELECT p, jsonb_build_object('kk', 'Жол картасы ' || i, 'ru', 'Дорожная карта ' || i), o,
            $3::date - 200, $3::date + 400
     FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS t(p, o, i)`,
    [plans, plans.map((_, i) => orgs[i % orgs.length]), date],
  );
  const rows = { id: [], plan: [], position: [], text: [], responsible: [], due: [], status: [], percent: [] };
  for (const [i, plan] of plans.entries()) {
    for (let k = 1; k <= CONTROL.pointsPerPlan; k++) {
      const n = i * CONTROL.pointsPerPlan + k;
      const [kk, ru] = WORDS[n % WORDS.length];
      const status = STATUSES[n % STATUSES.length];
      rows.id.push(idOf(tag, 'control-point', n));
      rows.plan.push(plan);
      rows.position.push(k);
      rows.text.push(JSON.stringify({ kk: `${n}. ${kk}`, ru: `${n}. ${ru}` }));
      rows.responsible.push(orgs[(n * 7) % orgs.length]);
      rows.due.push(n % 9 === 0 ? null : (n % 300) - 100);
      rows.status.push(status);
      rows.percent.push(status === 'done' ? 100 : status === 'in_progress' ? n % 100 : 0);
    }
  }
  await pool.query(
    `INSERT INTO plan_points (id, plan_id, position, text, responsible_organization_id, due_date, status, percent)
     SELECT id, plan, position, text, responsible, $9::date + due, status, percent
     FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::jsonb[], $5::uuid[], $6::int[], $7::text[], $8::int[])
          AS t(id, plan, position, text, responsible, due, status, percent)`,
    [rows.id, rows.plan, rows.position, rows.text, rows.responsible, rows.due, rows.status, rows.percent, date],
  );
  await pool.query('ANALYZE plans, plan_points');
  return { scope: orgs.slice(0, 3), points: rows.id.length };
}

export async function removeControl(pool, tag) {
  const plans = Array.from({ length: CONTROL.plans }, (_, i) => idOf(tag, 'control-plan', i));
  await pool.query(`DELETE FROM plans WHERE id = ANY($1::uuid[])`, [plans]);
}

/**
 * Measures the four views, 10 connections each for `duration` s after a warm-up (`warmed`). The
 * organizer is a user made through the API and signed in; the admin's views use the admin's token.
 */
export async function controlScenario({ base, adminToken, pool, tag, http, warmed, settle, log, duration, password }) {
  const today = new Date().toISOString().slice(0, 10);
  const seeded = await seedControl(pool, tag, today);
  const organizer = { email: `bench-control-${tag.toLowerCase()}@example.kz`, password };
  const made = await http(`${base}/api/v1/users`, {
    method: 'POST',
    token: adminToken,
    body: {
      ...organizer,
      roles: ['participant'],
      scopes: seeded.scope.map((id) => ({ role: 'organizer', kind: 'organization', id })),
    },
  });
  if (made.status !== 201) {
    throw new Error(`control organizer: ${made.status} ${made.text.slice(0, 300)}`);
  }
  const token = (await http(`${base}/api/v1/auth/login`, { method: 'POST', body: organizer })).json?.accessToken;
  const views = [
    ['control-mine', '/api/v1/control/points', token],
    ['control-admin', '/api/v1/control/points', adminToken],
    ['control-summary', '/api/v1/control/summary', adminToken],
    ['control-search', `/api/v1/control/points?q=${encodeURIComponent('ғимаратын')}`, adminToken],
  ];
  const results = {};
  for (const [name, path, bearer] of views) {
    const check = await http(`${base}${path}`, { token: bearer });
    if (check.status !== 200) {
      throw new Error(`${name}: ${check.status} ${check.text.slice(0, 300)}`);
    }
    log(`7/7 ${name}: ${seeded.points} points, 10 connections, ${duration} s (total ${check.json?.total ?? '-'})`);
    results[name] = await warmed({
      url: `${base}${path}`,
      connections: 10,
      duration,
      headers: { authorization: `Bearer ${bearer}` },
    });
    await settle();
  }
  await removeControl(pool, tag);
  return results;
}
