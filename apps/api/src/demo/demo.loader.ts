import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { addDays, localDate, zonedInstant } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { BADGE_CODE_ALPHABET, BADGE_CODE_LENGTH } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { MaterialSeedService, type SeededMaterial } from '../participation/materials/material-seed.service';
import { ProtocolSeedService, type SeededProtocol } from '../outcomes/protocols/protocol-seed.service';
import { VerificationService } from '../outcomes/verification/verification.service';
import { AwardsService } from '../outcomes/awards/awards.service';
import type { AwardsToSeed } from '../outcomes/awards/awards.model';
import type { DemoData, DemoEvent, DemoPlan } from './demo-data.types';
import { PlansService } from '../outcomes/plans/plans.service';
import { demoData } from './demo-data';

type Keys = { orgIds: Map<string, string>; personIds: Map<string, string>; sessionIds: Map<string, string> };

const DEMO_LOCK_KEY = 7_241_905_312;
const DAY_MS = 86_400_000;

/**
 * Loads the three reference forums into an empty database on start (DEMO_DATA=false
 * switches it off). A seed writes many tables at once, so it speaks SQL directly rather
 * than going through each module's service; it runs once, under an advisory lock, in one
 * transaction, and only while no event exists.
 */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoLoader.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly protocols: ProtocolSeedService,
    private readonly verification: VerificationService,
    private readonly materials: MaterialSeedService,
    private readonly awards: AwardsService,
    private readonly plans: PlansService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) {
      return;
    }
    const data = demoData();
    const loaded = await this.load(data, new Date());
    if (loaded) {
      this.logger.log(`Loaded the demo forums: ${data.events.map((e) => e.slug).join(', ')}`);
    }
  }

  /**
   * Returns false when the database already has events (the demo never mixes with real data). The forums go in
   * one transaction; then the protocols of those already held are written through the protocols module, which
   * builds them from the committed agenda and check-ins as it does for a secretary.
   */
  async load(data: DemoData, today: Date): Promise<boolean> {
    const materials: SeededMaterial[] = [];
    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
      const [{ count }]: { count: string }[] = await manager.query('SELECT count(*) FROM events');
      if (Number(count) > 0) {
        return undefined;
      }
      await this.insertRegions(manager, data);
      const orgIds = await this.insertOrganizations(manager, data);
      const personIds = await this.insertPeople(manager, data, orgIds);
      const held: SeededProtocol[] = [];
      const awards: AwardsToSeed[] = [];
      for (const event of data.events) {
        const { protocol, eventId } = await this.insertEvent(manager, event, today, orgIds, personIds, materials);
        if (protocol) {
          held.push(protocol);
        }
        awards.push(...this.awardsOf(eventId, event, today, orgIds, personIds));
      }
      for (const plan of data.plans) {
        await this.insertPlan(manager, plan, today, orgIds);
      }
      return { held, awards };
    });
    if (!seeded) {
      return false;
    }
    for (const protocol of seeded.held) {
      await this.protocols.seed(protocol);
    }
    // Their files are made and stored by the materials module, once the forums are committed.
    await this.materials.seed(materials);
    for (const awards of seeded.awards) {
      await this.awards.seed(awards);
    }
    return true;
  }

  /** A road map, written by the plans module with its points' dated progress; days count in Kazakhstan (UTC+5). */
  private async insertPlan(manager: EntityManager, plan: DemoPlan, today: Date, orgIds: Map<string, string>) {
    const day = localDate(today, 'Asia/Almaty');
    const events: { id: string }[] = plan.eventSlug
      ? await manager.query(`SELECT id FROM events WHERE slug = $1`, [plan.eventSlug])
      : [];
    await this.plans.seed(
      manager,
      {
        title: plan.title,
        ownerOrganizationId: orgIds.get(plan.ownerKey)!,
        startsOn: addDays(day, plan.startsInDays),
        endsOn: addDays(day, plan.endsInDays),
        eventId: events[0]?.id ?? null,
      },
      plan.points.map((point) => ({
        position: point.number,
        text: point.text,
        responsibleOrganizationId: orgIds.get(point.responsibleKey)!,
        executorId: null,
        regionCode: point.regionCode ?? null,
        dueDate: addDays(day, point.dueInDays),
        weight: point.weight,
        status: 'not_started',
        percent: 0,
        history: point.progress.map((step) => ({
          at: zonedInstant(addDays(day, -step.daysAgo), '11:00', 'Asia/Almaty').toISOString(),
          percent: step.percent,
          note: step.note.kk,
        })),
      })),
    );
  }

  private async insertRegions(manager: EntityManager, data: DemoData): Promise<void> {
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

  private async insertOrganizations(manager: EntityManager, data: DemoData): Promise<Map<string, string>> {
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

  private async insertPeople(
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

  private async insertEvent(
    manager: EntityManager,
    event: DemoEvent,
    today: Date,
    orgIds: Map<string, string>,
    personIds: Map<string, string>,
    materials: SeededMaterial[],
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
    await this.insertRegistrations(manager, eventId, event, firstDay, keys);
    if (event.resolution) {
      await this.insertResolution(manager, eventId, event, endsAt, today, keys);
    }
    return { eventId, protocol: event.protocol && this.protocolOf(eventId, event, firstDay, endsAt, today, keys) };
  }

  /** The awards handed at the end of a forum, dated its last day, for the awards module to issue. */
  private awardsOf(
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

  /** The registrations of a forum already held, with the check-ins at its door. */
  private async insertRegistrations(
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
  private protocolOf(
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

  /** The adopted resolution of a forum already held, numbered like any other, with progress on some points. */
  private async insertResolution(
    manager: EntityManager,
    eventId: string,
    event: DemoEvent,
    adoptedAt: Date,
    today: Date,
    keys: Keys,
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
      if (point.progress) {
        await manager.query(
          `INSERT INTO point_progress (point_id, status, percent, note, evidence_url) VALUES ($1, $2, $3, $4, $5)`,
          [pointId, status, percent, point.progress.note.kk, point.progress.evidenceUrl ?? null],
        );
      }
    }
    const pollId = resolution.vote.byName ? await this.insertPoll(manager, id, eventId, event, adoptedAt, keys) : null;
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
    await this.verification.seal(manager, 'resolution', id);
  }

  /**
   * The vote by name a demo resolution was adopted with: the checked-in voting members as its voters, their votes
   * as the data file counts them, closed ten minutes after it opened.
   */
  private async insertPoll(
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
}
