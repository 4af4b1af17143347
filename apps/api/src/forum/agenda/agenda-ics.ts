import type { Agenda, AgendaPerson, AgendaSession, Language } from '@app/contracts';
import { appositive } from '@app/contracts';
import ical, { type ICalCalendar, ICalCalendarMethod, ICalEventStatus, escape } from 'ical-generator';
import { type AgendaLabels, agendaLabels } from './agenda-labels';
import { vtimezone, ZonedInstant } from './ical-zones';

export interface AgendaIcsOptions {
  /** Right-hand side of every UID, e.g. the public host name: `${session.id}@${uidDomain}`. */
  uidDomain: string;
  /** Public page of the event, written as URL on every VEVENT. */
  eventUrl?: string;
}

/** SEQUENCE counts seconds from here rather than from 1970 so it stays a small 32-bit integer for decades. */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

/**
 * The agenda as one iCalendar (RFC 5545) feed: a VEVENT per session (sections and their children alike, breaks
 * left out), times with TZID of the event's zone. UID, DTSTAMP and SEQUENCE come from stable data only, so the
 * same agenda always renders to the same text and a re-import updates events instead of duplicating them.
 */
export function renderAgendaIcs(agenda: Agenda, options: AgendaIcsOptions): string {
  const { event } = agenda;
  const labels = agendaLabels(agenda.language);
  const updatedAt = new Date(event.updatedAt);
  const sequence = Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000));
  const sessions = agenda.days.flatMap((day) => flatten(day.sessions)).filter((s) => s.kind !== 'break');
  const instants = sessions.flatMap((s) => [Date.parse(s.startsAt), Date.parse(s.endsAt)]);
  const calendar = newCalendar('Agenda', agenda.language, event.title, new Map([[event.timeZone, instants]]));

  for (const session of sessions) {
    calendar.createEvent({
      id: `${session.id}@${options.uidDomain}`,
      sequence,
      stamp: updatedAt,
      timezone: event.timeZone,
      start: new ZonedInstant(Date.parse(session.startsAt), event.timeZone),
      end: new ZonedInstant(Date.parse(session.endsAt), event.timeZone),
      summary: session.title,
      location: session.room ? `${event.venue.name}, ${session.room}` : event.venue.name,
      description: describe(session, labels) || null,
      url: options.eventUrl ?? null,
      status: statusOf(event.status),
    });
  }

  // X-WR-TIMEZONE goes with the other calendar properties, before the first component (RFC 5545 icalbody).
  return finished(calendar.toString(), `X-WR-TIMEZONE:${event.timeZone}`);
}

/** One forum of a subscribed calendar: its agenda (sessions without people will do) and its revision. */
export interface CalendarForum {
  agenda: Agenda;
  /** A counter the database raises at every change of the forum or its sessions: the VEVENT's SEQUENCE. */
  revision: number;
  /** The forum's public page. */
  url: string;
}

export interface CalendarFeedOptions {
  /** Right-hand side of every UID: `forum-${event.id}@${uidDomain}`. */
  uidDomain: string;
  /** The calendar's name, as a subscribing client shows it. */
  name: string;
  language: Language;
  /** How often clients should fetch the feed again: REFRESH-INTERVAL and X-PUBLISHED-TTL. */
  refreshSeconds: number;
}

/**
 * A calendar to subscribe to (RFC 5545 with RFC 7986's REFRESH-INTERVAL): one VEVENT per forum, its programme (the
 * sessions' times and titles by day) as the description. UIDs never change; SEQUENCE is the forum's revision, so a
 * moved session or a cancellation reaches the subscribed calendar as an update, and a cancelled forum stays in the
 * feed with STATUS:CANCELLED so that clients strike it out instead of keeping a stale copy.
 */
export function renderCalendarFeed(forums: CalendarForum[], options: CalendarFeedOptions): string {
  const labels = agendaLabels(options.language);
  const instants = new Map<string, number[]>();
  for (const { agenda } of forums) {
    const { event } = agenda;
    const list = instants.get(event.timeZone) ?? [];
    list.push(Date.parse(event.startsAt), Date.parse(event.endsAt));
    instants.set(event.timeZone, list);
  }
  const calendar = newCalendar('Calendar', options.language, options.name, instants);
  calendar.ttl(options.refreshSeconds);
  for (const { agenda, revision, url } of forums) {
    const { event } = agenda;
    calendar.createEvent({
      id: `forum-${event.id}@${options.uidDomain}`,
      sequence: revision,
      stamp: new Date(event.updatedAt),
      timezone: event.timeZone,
      start: new ZonedInstant(Date.parse(event.startsAt), event.timeZone),
      end: new ZonedInstant(Date.parse(event.endsAt), event.timeZone),
      summary: event.status === 'cancelled' ? `${labels.cancelled}: ${event.title}` : event.title,
      location: [event.venue.name, event.venue.address].filter(Boolean).join(', '),
      // ORGANIZER would need an e-mail address (a mailto: URI), which public feeds never carry.
      description: [
        event.description,
        event.organizers.length ? `${labels.organizers}: ${event.organizers.map((o) => o.name).join('; ')}` : null,
        programme(agenda),
        url,
      ]
        .filter(Boolean)
        .join('\n\n'),
      url,
      status: statusOf(event.status),
    });
  }
  return finished(calendar.toString(), `X-WR-CALDESC:${escape(options.name, false)}`);
}

function statusOf(status: Agenda['event']['status']): ICalEventStatus {
  return status === 'cancelled'
    ? ICalEventStatus.CANCELLED
    : status === 'draft'
      ? ICalEventStatus.TENTATIVE
      : ICalEventStatus.CONFIRMED;
}

/** The sessions of each day as `10:00–11:30 Title`, sub-sessions indented under their section. */
function programme(agenda: Agenda): string {
  const line = (s: AgendaSession, depth: number): string[] => [
    `${'  '.repeat(depth)}${s.startsAt.slice(11, 16)}–${s.endsAt.slice(11, 16)} ${s.title}`,
    ...s.children.flatMap((c) => line(c, depth + 1)),
  ];
  return agenda.days.map((day) => [day.date, ...day.sessions.flatMap((s) => line(s, 0))].join('\n')).join('\n\n');
}

/** A PUBLISH calendar with a VTIMEZONE for each zone its events use, covering the given instants of that zone. */
function newCalendar(product: string, language: Language, name: string, instants: Map<string, number[]>): ICalCalendar {
  return ical({
    prodId: { company: 'Akim Forum', product, language: language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'gregorian',
    // ical-generator writes NAME and X-WR-CALNAME verbatim, so the TEXT escaping is ours.
    name: escape(name, false),
    /*
     * No calendar-level zone name: with one, ical-generator writes DTSTAMP as local time without "Z", which
     * RFC 5545 forbids. The generator alone still emits a VTIMEZONE for every zone the events use.
     */
    timezone: { name: null, generator: (tz) => vtimezone(tz, instants.get(tz) ?? []) },
  });
}

/**
 * Adds a calendar property before the first component (RFC 5545 icalbody), and the CRLF that RFC 5545 puts after
 * every line: ical-generator ends the stream without one after END:VCALENDAR.
 */
function finished(text: string, property: string): string {
  const firstComponent = text.indexOf('\r\nBEGIN:');
  const at = firstComponent >= 0 ? firstComponent : text.lastIndexOf('\r\nEND:VCALENDAR');
  return `${text.slice(0, at)}\r\n${property}${text.slice(at)}\r\n`;
}

function flatten(sessions: AgendaSession[]): AgendaSession[] {
  return sessions.flatMap((s) => [s, ...flatten(s.children)]);
}

function person(p: AgendaPerson): string {
  return [p.name, p.position && appositive(p.position), p.organization].filter(Boolean).join(', ');
}

function describe(session: AgendaSession, labels: AgendaLabels): string {
  const blocks: string[] = [];
  if (session.description) {
    blocks.push(session.description);
  }
  if (session.moderators.length > 0) {
    const label = session.moderators.length === 1 ? labels.moderator : labels.moderators;
    blocks.push(`${label}: ${session.moderators.map(person).join('; ')}`);
  }
  if (session.speakers.length > 0) {
    const lines = session.speakers.map((s, i) => {
      const extra = [s.topic ? `«${s.topic}»` : null, s.minutes ? `${s.minutes} ${labels.minutes}` : null];
      return `${i + 1}. ${[person(s), ...extra].filter(Boolean).join(' — ')}`;
    });
    blocks.push(`${labels.speakers}:\n${lines.join('\n')}`);
  }
  return blocks.join('\n\n');
}
