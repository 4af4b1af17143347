import { addDays, localDate } from '@app/common';
import type { EntityManager } from 'typeorm';
import type { DemoEvent } from './demo-data.types';
import type { DemoKeys as Keys, SealResolution } from './demo-seed.model';

/** The demo's adopted acts: a forum's resolution, numbered and sealed, and the roll-call poll that adopted it. */

/** The adopted resolution of a forum already held, numbered like any other, with progress on some points. */
export async function insertResolution(
  manager: EntityManager,
  eventId: string,
  event: DemoEvent,
  adoptedAt: Date,
  today: Date,
  keys: Keys,
  seal: SealResolution,
): Promise<void> {
  const resolution = event.resolution!;
  const organizationId = keys.orgIds.get(resolution.numberingKey)!;
  const year = Number(localDate(adoptedAt, event.timeZone).slice(0, 4));
  const [{ n }]: { n: number }[] = await manager.query(
    `INSERT INTO resolution_counters AS c (organization_id, kind, year, last_number) VALUES ($1, 'resolution', $2, 1)
     ON CONFLICT (organization_id, kind, year) DO UPDATE SET last_number = c.last_number + 1 RETURNING last_number AS n`,
    [organizationId, year],
  );
  // Drafted first, points and all, then adopted: the database keeps an adopted resolution's points as they were.
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO resolutions (event_id, session_id, kind, title, preamble, status) VALUES ($1, $2, 'resolution', $3, $4, 'draft')
     RETURNING id`,
    [
      eventId,
      keys.sessionIds.get(resolution.sessionKey) ?? null,
      JSON.stringify(resolution.title),
      JSON.stringify(resolution.preamble),
    ],
  );
  const todayLocal = localDate(today, event.timeZone);
  for (const [index, point] of resolution.points.entries()) {
    const percent = point.progress?.percent ?? 0;
    const status = percent === 100 ? 'done' : percent > 0 ? 'in_progress' : 'not_started';
    const [{ id: pointId }]: { id: string }[] = await manager.query(
      `INSERT INTO resolution_points (resolution_id, position, text, responsible_organization_id, due_date, status, percent)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        id,
        index + 1,
        JSON.stringify(point.text),
        keys.orgIds.get(point.responsibleKey),
        addDays(todayLocal, point.dueInDays),
        status,
        percent,
      ],
    );
    for (const [position, indicator] of (point.indicators ?? []).entries()) {
      await manager.query(
        `INSERT INTO point_indicators (point_id, position, name, unit, target_value, actual_value)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          pointId,
          position + 1,
          JSON.stringify(indicator.name),
          JSON.stringify(indicator.unit),
          indicator.target,
          indicator.actual,
        ],
      );
    }
    if (point.progress) {
      await manager.query(
        `INSERT INTO point_progress (point_id, status, percent, note, evidence_url) VALUES ($1, $2, $3, $4, $5)`,
        [pointId, status, percent, point.progress.note.kk, point.progress.evidenceUrl ?? null],
      );
    }
  }
  const pollId = resolution.vote.byName ? await insertPoll(manager, id, eventId, event, adoptedAt, keys) : null;
  await manager.query(
    `UPDATE resolutions SET status = 'adopted', numbering_organization_id = $2, number = $3, year = $4, votes_for = $5,
       votes_against = $6, votes_abstained = $7, present_count = $8, chair_id = $9, adopted_at = $10, poll_id = $11,
       place = $12
     WHERE id = $1`,
    [
      id,
      organizationId,
      n,
      year,
      resolution.vote.for,
      resolution.vote.against,
      resolution.vote.abstained,
      resolution.vote.present,
      keys.personIds.get(resolution.chairKey),
      adoptedAt,
      pollId,
      JSON.stringify(resolution.place),
    ],
  );
  await seal(manager, id);
}

/**
 * The vote by name a demo resolution was adopted with: the checked-in voting members as its voters, their votes
 * as the data file counts them, closed ten minutes after it opened.
 */
export async function insertPoll(
  manager: EntityManager,
  resolutionId: string,
  eventId: string,
  event: DemoEvent,
  adoptedAt: Date,
  keys: Keys,
): Promise<string> {
  const { vote } = event.resolution!;
  const roles = event.quorum?.roles;
  const voting = (event.registrations ?? []).filter((r) => !roles?.length || roles.includes(r.role));
  const voters = voting.filter((r) => r.checkedInAt).map((r) => keys.personIds.get(r.personKey)!);
  // The demo's quorum is the default rule: more than half of the voting members.
  const memberCount = voting.length;
  const required = Math.floor(memberCount / 2) + 1;
  const openedAt = new Date(adoptedAt.getTime() - 10 * 60_000);
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO polls (resolution_id, event_id, session_id, mode, members, present, required, majority_of, opened_at)
     SELECT r.id, r.event_id, r.session_id, $2, $3, $4, $5, $6, $7 FROM resolutions r WHERE r.id = $1 RETURNING id`,
    [resolutionId, vote.byName, memberCount, voters.length, required, 'present', openedAt],
  );
  const choices = voters.slice(0, vote.for + vote.against + vote.abstained).map((person, i) => ({
    person,
    choice: i < vote.for ? 'for' : i < vote.for + vote.against ? 'against' : 'abstained',
    at: new Date(openedAt.getTime() + (i + 1) * 20_000).toISOString(),
  }));
  await manager.query(`INSERT INTO poll_voters (poll_id, person_id) SELECT $1, unnest($2::uuid[])`, [id, voters]);
  await manager.query(
    `INSERT INTO poll_votes (poll_id, person_id, choice, via, recorded_at)
     SELECT $1, x.person, x.choice, $3, x.at FROM jsonb_to_recordset($2::jsonb) AS x(person uuid, choice text, at timestamptz)`,
    [id, JSON.stringify(choices), vote.byName === 'electronic' ? 'self' : 'secretary'],
  );
  await manager.query(
    `UPDATE polls SET status = 'closed', votes_for = $2, votes_against = $3, votes_abstained = $4, closed_at = $5
     WHERE id = $1`,
    [id, vote.for, vote.against, vote.abstained, new Date(openedAt.getTime() + 9 * 60_000)],
  );
  return id;
}
