import { Inject, Injectable } from '@nestjs/common';
import { AppError, localDate, pickText, sharedBody, StampedCache, toZonedIso } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  roomName,
  type Agenda,
  type AgendaDay,
  type AgendaMaterial,
  formatBytes,
  type AgendaPerson,
  type AgendaSession,
  type Language,
} from '@app/contracts';
import { createHash } from 'node:crypto';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../events/events.model';
import { EventsService, regionNameOf } from '../events/events.service';
import { personName } from '../../directory/people/people.service';
import type { SessionPersonRow, SessionRow } from '../sessions/sessions.model';
import { SessionsService } from '../sessions/sessions.service';
import { renderAgendaIcs, renderCalendarFeed } from './agenda-ics';
import { type AgendaMaterialRow, AgendaRepository } from './agenda.repository';
import { renderAgendaPdf } from './agenda-pdf';
import { mayAccessEvent } from '../../platform/access/event-access';

export interface RenderedAgenda {
  agenda: Agenda;
  /** The agenda as JSON bytes, serialised once per version: every response writes the same buffer. */
  json: Buffer;
  /** A weak validator of the content: any change of text, time or person changes it. */
  etag: string;
  /** Readable by anyone (published and public): may be cached by shared caches. */
  isPublic: boolean;
}

/** Rendered agendas kept per event and language: a forum has a handful; 59 KB each for a large one. */
const CACHE_ENTRIES = 200;

/** Builds days → sessions (sections holding their sub-sessions) → moderators and speakers, in the asked language. */
export function buildAgenda(
  event: EventRow,
  sessions: SessionRow[],
  people: SessionPersonRow[],
  lang: Language,
  materials: AgendaMaterialRow[] = [],
): Agenda {
  const tz = event.timeZone;
  const materialsBySession = new Map<string, AgendaMaterial[]>();
  for (const m of materials) {
    const list = materialsBySession.get(m.sessionId) ?? [];
    materialsBySession.set(m.sessionId, list);
    list.push({
      id: m.id,
      title: pickText(m.title, lang) ?? m.title.kk,
      language: m.language,
      fileType: m.fileType,
      size: m.size,
      sizeLabel: formatBytes(m.size, lang),
      url: `/api/v1/materials/${m.id}`,
      speakerId: m.speakerId,
    });
  }
  const peopleBySession = new Map<string, SessionPersonRow[]>();
  for (const p of people) {
    peopleBySession.set(p.sessionId, [...(peopleBySession.get(p.sessionId) ?? []), p]);
  }
  const person = (p: SessionPersonRow): AgendaPerson => ({
    personId: p.personId,
    name: personName(p.fullName, lang),
    position: pickText(p.personPosition, lang),
    organization: pickText(p.organizationName, lang),
  });
  const toSession = (row: SessionRow): AgendaSession => {
    const mine = peopleBySession.get(row.id) ?? [];
    return {
      id: row.id,
      kind: row.kind,
      title: pickText(row.title, lang) ?? '',
      description: pickText(row.description, lang),
      startsAt: toZonedIso(new Date(row.startsAt), tz),
      endsAt: toZonedIso(new Date(row.endsAt), tz),
      room: roomName(row.room, event.venue.rooms, lang),
      ...(row.seats ? { seats: row.seats, seatsLeft: Math.max(0, row.seats - row.seatsTaken) } : {}),
      moderators: mine.filter((p) => p.role === 'moderator').map(person),
      speakers: mine
        .filter((p) => p.role === 'speaker')
        .map((p) => ({ ...person(p), topic: pickText(p.topic, lang), minutes: p.minutes })),
      materials: materialsBySession.get(row.id) ?? [],
      children: [],
    };
  };
  // Rows arrive in time order, so children are appended in time order too.
  const byId = new Map(sessions.map((row) => [row.id, toSession(row)]));
  const days = new Map<string, AgendaDay>();
  for (const row of sessions) {
    const session = byId.get(row.id)!;
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) {
      parent.children.push(session);
      continue;
    }
    const date = localDate(new Date(row.startsAt), tz);
    const day = days.get(date) ?? { date, sessions: [] };
    days.set(date, day);
    day.sessions.push(session);
  }
  return {
    language: lang,
    event: {
      id: event.id,
      slug: event.slug,
      kind: event.kind,
      status: event.status,
      title: pickText(event.title, lang) ?? '',
      description: pickText(event.description, lang),
      timeZone: tz,
      startsAt: toZonedIso(new Date(event.startsAt), tz),
      endsAt: toZonedIso(new Date(event.endsAt), tz),
      venue: { name: pickText(event.venue.name, lang) ?? '', address: pickText(event.venue.address, lang) },
      region: event.regionCode
        ? { code: event.regionCode, name: pickText(regionNameOf(event), lang) ?? event.regionCode }
        : null,
      organizers: event.organizers.map((o) => ({ id: o.id, name: pickText(o.name, lang) ?? '' })),
      updatedAt: new Date(event.updatedAt).toISOString(),
    },
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** A weak validator of the agenda's content (its JSON): any change of text, time or person changes it. */
export function agendaEtag(json: Buffer): string {
  return `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
}

@Injectable()
export class AgendaService {
  /** Rendered agendas with their event (for the reader's permission), kept while the event's stamp is unchanged. */
  private readonly cache = new StampedCache<{ event: EventRow; rendered: RenderedAgenda }>(CACHE_ENTRIES);

  constructor(
    private readonly repository: AgendaRepository,
    private readonly events: EventsService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A hot read is one small query (the event's stamp) and the JSON rendered before. Otherwise
   * three more, whatever the forum's size: the event, its sessions, their people. The stamp is
   * read first, so what is rendered is at least as new as the stamp it is kept under; concurrent
   * readers of a stale agenda wait for one rendering. Its sessions list their public materials (one query more).
   */
  async agenda(user: AuthUser | undefined, idOrSlug: string, lang: Language): Promise<RenderedAgenda> {
    const current = await this.repository.stamp(idOrSlug);
    if (!current) {
      throw AppError.notFound();
    }
    const { event, rendered } = await this.cache.get(`${current.id}:${lang}`, current.stamp, () =>
      this.render(current.id, lang),
    );
    const isPublic = event.visibility === 'public' && event.status !== 'draft';
    if (!isPublic && !mayAccessEvent(user, event, 'watch')) {
      throw AppError.notFound();
    }
    return rendered;
  }

  private async render(eventId: string, lang: Language): Promise<{ event: EventRow; rendered: RenderedAgenda }> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw AppError.notFound();
    }
    const [{ sessions, people }, materials] = await Promise.all([
      this.sessions.agendaRows(event.id),
      this.repository.materials(event.id),
    ]);
    const agenda = buildAgenda(event, sessions, people, lang, materials);
    const json = sharedBody(Buffer.from(JSON.stringify(agenda)));
    const isPublic = event.visibility === 'public' && event.status !== 'draft';
    return { event, rendered: { agenda, json, etag: agendaEtag(json), isPublic } };
  }

  /** For mail: the agenda file of an event in the reader's language, whatever the reader may see in the API. */
  async icsForMail(eventId: string, lang: Language): Promise<string> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw new Error(`event ${eventId} is gone`);
    }
    const { sessions, people } = await this.sessions.agendaRows(event.id);
    return this.ics(buildAgenda(event, sessions, people, lang));
  }

  ics(agenda: Agenda): string {
    return renderAgendaIcs(agenda, {
      uidDomain: new URL(this.config.publicUrl).hostname,
      eventUrl: `${this.config.publicUrl}/events/${agenda.event.slug}`,
    });
  }

  /**
   * The revisions of these events (what a calendar's SEQUENCE shows): the agenda version the database's triggers
   * raise at every change of an event, its sessions or their people. One query.
   */
  revisions(eventIds: string[]): Promise<Map<string, number>> {
    return this.repository.versions(eventIds);
  }

  /**
   * A calendar to subscribe to: one VEVENT per event, with its programme; `revisions` as read by `revisions()` just
   * before (read first, so the rendered feed is at least as new as the revisions it is cached under). One query for
   * the sessions of all the events.
   */
  async calendarFeed(
    events: EventRow[],
    revisions: Map<string, number>,
    options: { name: string; lang: Language; refreshSeconds: number },
  ): Promise<string> {
    const sessions = await this.sessions.sessionsOf(events.map((e) => e.id));
    const byEvent = new Map<string, SessionRow[]>();
    for (const s of sessions) {
      const list = byEvent.get(s.eventId);
      if (list) {
        list.push(s);
      } else {
        byEvent.set(s.eventId, [s]);
      }
    }
    return renderCalendarFeed(
      events.map((event) => ({
        agenda: buildAgenda(event, byEvent.get(event.id) ?? [], [], options.lang),
        revision: revisions.get(event.id) ?? 0,
        url: `${this.config.publicUrl}/events/${event.slug}?lang=${options.lang}`,
      })),
      {
        uidDomain: new URL(this.config.publicUrl).hostname,
        name: options.name,
        language: options.lang,
        refreshSeconds: options.refreshSeconds,
      },
    );
  }

  pdf(agenda: Agenda): Promise<Buffer> {
    return renderAgendaPdf(agenda);
  }
}
