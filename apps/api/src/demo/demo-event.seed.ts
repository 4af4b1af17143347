import { randomBytes } from 'node:crypto';
import { addDays, localDate, zonedInstant } from '@app/common';
import { BADGE_CODE_ALPHABET, BADGE_CODE_LENGTH } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import type { SeededMaterial } from '../participation/materials/material-seed.service';
import type { SeededProtocol } from '../outcomes/protocols/protocol-seed.service';
import type { AwardsToSeed } from '../outcomes/awards/awards.model';
import type { SurveyToSeed } from '../participation/feedback/feedback.service';
import type { DemoEvent } from './demo-data.types';
import { insertResolution } from './demo-acts.seed';
import { DAY_MS, type DemoKeys as Keys, type SealResolution } from './demo-seed.model';

/** A demo forum: the event, its organizers and sessions with their people, registrations and check-ins, and what it left. */

export async function insertEvent(
  manager: EntityManager,
  event: DemoEvent,
  today: Date,
  orgIds: Map<string, string>,
  personIds: Map<string, string>,
  materials: SeededMaterial[],
  seal: SealResolution,
): Promise<{ eventId: string; protocol?: SeededProtocol }> {
  const firstDay = addDays(localDate(today, event.timeZone), event.startsInDays);
  const startsAt = zonedInstant(firstDay, event.start, event.timeZone);
  const endsAt = zonedInstant(addDays(firstDay, event.days - 1), event.end, event.timeZone);
  const announcedAt = new Date(startsAt.getTime() - event.announcedDaysBefore * DAY_MS);
  const [{ id: eventId }]: { id: string }[] = await manager.query(
    `INSERT INTO events (slug, kind, title, description, region_code, venue, starts_at, ends_at, time_zone, visibility,
       capacity, status, announced_at, quorum)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13, $12, $14) RETURNING id`,
    [
      event.slug,
      event.kind,
      JSON.stringify(event.title),
      JSON.stringify(event.description),
      event.regionCode,
      JSON.stringify(event.venue),
      startsAt,
      endsAt,
      event.timeZone,
      event.visibility,
      event.capacity ?? null,
      announcedAt,
      // A forum already held is closed; the others are open for registration.
      endsAt < today ? 'closed' : 'published',
      event.quorum ? JSON.stringify(event.quorum) : null,
    ],
  );
  await manager.query(
    `INSERT INTO event_organizers (event_id, organization_id, position)
     SELECT $1, id, ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
    [eventId, event.organizerKeys.map((key) => orgIds.get(key))],
  );
  const sessionIds = new Map<string, string>();
  // Sections first, so their sub-sessions can point at them.
  const ordered = [...event.sessions].sort((a, b) => Number(!!a.parentKey) - Number(!!b.parentKey));
  for (const session of ordered) {
    const day = addDays(firstDay, session.day ?? 0);
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO sessions (event_id, parent_id, kind, title, description, starts_at, ends_at, room)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        eventId,
        session.parentKey ? sessionIds.get(session.parentKey) : null,
        session.kind,
        JSON.stringify(session.title),
        session.description ? JSON.stringify(session.description) : null,
        zonedInstant(day, session.start, event.timeZone),
        zonedInstant(day, session.end, event.timeZone),
        session.room ?? null,
      ],
    );
    sessionIds.set(session.key, id);
    const people = [
      ...(session.moderatorKeys ?? []).map((key, i) => ({
        person_id: personIds.get(key),
        role: 'moderator',
        position: i,
      })),
      ...(session.speakers ?? []).map((s, i) => ({
        person_id: personIds.get(s.personKey),
        role: 'speaker',
        position: i,
        topic: s.topic ?? null,
        minutes: s.minutes ?? null,
      })),
    ];
    if (people.length) {
      await manager.query(
        `INSERT INTO session_people (session_id, person_id, role, position, topic, minutes)
         SELECT $1, x.person_id, x.role, x.position, x.topic, x.minutes
         FROM jsonb_to_recordset($2::jsonb) AS x(person_id uuid, role text, position int, topic jsonb, minutes int)`,
        [id, JSON.stringify(people)],
      );
    }
  }
  const keys = { orgIds, personIds, sessionIds };
  for (const material of event.materials ?? []) {
    materials.push({
      eventId,
      sessionId: material.sessionKey ? sessionIds.get(material.sessionKey)! : null,
      title: material.title,
      language: material.language,
      visibility: material.visibility,
      paragraphs: material.paragraphs,
      userId: null,
      date: announcedAt,
    });
  }
  await insertRegistrations(manager, eventId, event, firstDay, keys);
  if (event.resolution) {
    await insertResolution(manager, eventId, event, endsAt, today, keys, seal);
  }
  return { eventId, protocol: event.protocol && protocolOf(eventId, event, firstDay, endsAt, today, keys) };
}

/** The awards handed at the end of a forum, dated its last day, for the awards module to issue. */
export function awardsOf(
  eventId: string,
  event: DemoEvent,
  today: Date,
  orgIds: Map<string, string>,
  personIds: Map<string, string>,
): AwardsToSeed[] {
  const lastDay = addDays(localDate(today, event.timeZone), event.startsInDays + event.days - 1);
  return (event.awards ?? []).map((awards) => ({
    eventId,
    kind: awards.kind,
    organizationId: orgIds.get(awards.numberingKey)!,
    signatoryId: personIds.get(awards.signatoryKey)!,
    personIds: awards.recipientKeys.map((key) => personIds.get(key)!),
    date: lastDay,
  }));
}

/** The feedback survey of a forum, closing some days after its last day at its end time, for feedback to write. */
export function surveyOf(eventId: string, event: DemoEvent, today: Date): SurveyToSeed | undefined {
  if (!event.survey) {
    return undefined;
  }
  const lastDay = addDays(localDate(today, event.timeZone), event.startsInDays + event.days - 1);
  return {
    eventId,
    title: event.survey.title,
    anonymous: event.survey.anonymous,
    closesAt: zonedInstant(addDays(lastDay, event.survey.closesInDays), event.end, event.timeZone),
    questions: event.survey.questions.map((q) => ({
      kind: q.kind,
      text: q.text,
      required: q.required,
      options: q.options?.map((text) => ({ text })),
    })),
  };
}

/** The registrations of a forum already held, with the check-ins at its door. */
export async function insertRegistrations(
  manager: EntityManager,
  eventId: string,
  event: DemoEvent,
  firstDay: string,
  keys: Keys,
): Promise<void> {
  const rows = (event.registrations ?? []).map((r) => ({
    person: keys.personIds.get(r.personKey),
    role: r.role,
    badge: [...randomBytes(BADGE_CODE_LENGTH)].map((b) => BADGE_CODE_ALPHABET[b % 32]).join(''),
    at: r.checkedInAt ? zonedInstant(firstDay, r.checkedInAt, event.timeZone).toISOString() : null,
  }));
  if (rows.length === 0) {
    return;
  }
  await manager.query(
    `WITH given AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(person uuid, role text, badge text, at timestamptz)
     ), registered AS (
       INSERT INTO registrations (event_id, person_id, role, status, badge_code)
       SELECT $1, person, role, 'registered', badge FROM given RETURNING id, person_id
     )
     INSERT INTO check_ins (event_id, registration_id, at)
     SELECT $1, registered.id, given.at FROM registered JOIN given ON given.person = registered.person_id
     WHERE given.at IS NOT NULL`,
    [eventId, JSON.stringify(rows)],
  );
}

/** What the protocols module needs to write the protocol of a forum already held. */
export function protocolOf(
  eventId: string,
  event: DemoEvent,
  firstDay: string,
  endsAt: Date,
  today: Date,
  keys: Keys,
): SeededProtocol {
  const protocol = event.protocol!;
  const at = (clock: string): Date => zonedInstant(firstDay, clock, event.timeZone);
  const signedAt = new Date(endsAt.getTime() + protocol.signedMinutesAfter * 60_000);
  const todayLocal = localDate(today, event.timeZone);
  return {
    eventId,
    chairId: keys.personIds.get(protocol.chairKey)!,
    secretaryId: keys.personIds.get(protocol.secretaryKey)!,
    openedAt: at(protocol.openedAt),
    items: new Map(
      Object.entries(protocol.items).map(([sessionKey, said]) => [
        keys.sessionIds.get(sessionKey)!,
        {
          summary: said.summary,
          decided: said.decided,
          speeches: (said.speeches ?? []).map((s) => ({
            personId: s.personKey ? keys.personIds.get(s.personKey) : undefined,
            name: s.name,
            at: at(s.at),
            summary: s.summary,
          })),
        },
      ]),
    ),
    instructions: protocol.instructions.map((i) => ({
      sessionId: i.sessionKey ? keys.sessionIds.get(i.sessionKey)! : null,
      text: i.text,
      responsibleOrganizationId: keys.orgIds.get(i.responsibleKey)!,
      executorId: i.executorKey ? keys.personIds.get(i.executorKey) : undefined,
      dueDate: addDays(todayLocal, i.dueInDays),
      progress: i.progress,
    })),
    signedAt,
    publishedAt: protocol.published ? new Date(signedAt.getTime() + 60 * 60_000) : null,
  };
}
