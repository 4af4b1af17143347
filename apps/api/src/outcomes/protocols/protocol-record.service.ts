import { Injectable } from '@nestjs/common';
import { localDate } from '@app/common';
import type { Language, LocalizedText, ProtocolDecisionResponse, ProtocolResponse } from '@app/contracts';
import { roomName } from '@app/contracts';
import type { EventRow } from '../../forum/events/events.model';
import { AttendanceService } from '../../participation/attendance/attendance.service';
import { RosterService } from '../../participation/attendance/roster.service';
import { SessionsService } from '../../forum/sessions/sessions.service';
import { ResolutionExecutionService } from '../resolutions/resolution-execution.service';
import { ResolutionsService } from '../resolutions/resolutions.service';
import type { Tx } from '@app/database';
import { type ProtocolParts, toProtocolResponse } from './protocol-views';
import type { AttendanceSnapshot, HeaderValues, ItemRow, ItemValues, ProtocolRow } from './protocols.model';
import { ProtocolsRepository } from './protocols.repository';
import { ProtocolItemsRepository } from './protocol-items.repository';

/**
 * What the system knows of a meeting, made into a protocol's record: the skeleton of a new
 * protocol (its items and who was heard, from the agenda), the attendance log (from the
 * check-ins, or as approval froze it) and what was decided under each item.
 */
@Injectable()
export class ProtocolRecordService {
  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly items: ProtocolItemsRepository,
    private readonly sessions: SessionsService,
    private readonly roster: RosterService,
    private readonly attendance: AttendanceService,
    private readonly resolutions: ResolutionsService,
    private readonly execution: ResolutionExecutionService,
  ) {}

  /**
   * The agenda items of a meeting: for an event, its sessions at the top level (breaks aside);
   * for a session, its parts, or the session itself. Each with the speakers and their topics.
   */
  async skeleton(
    event: EventRow,
    sessionId: string | null,
  ): Promise<
    | {
        items: ItemValues[];
        header: Omit<HeaderValues, 'chairId' | 'secretaryId' | 'body'>;
        moderatorId: string | null;
      }
    | undefined
  > {
    const agenda = await this.sessions.agendaRows(event.id);
    const session = sessionId ? agenda.sessions.find((s) => s.id === sessionId) : undefined;
    if (sessionId && !session) {
      return undefined;
    }
    const children = session ? agenda.sessions.filter((s) => s.parentId === session.id) : [];
    const parts = session
      ? children.length > 0
        ? children
        : [session]
      : agenda.sessions.filter((s) => s.parentId === null && s.kind !== 'break');
    const inside = (s: { id: string; parentId: string | null }, root: string): boolean =>
      s.id === root || s.parentId === root;
    const items = parts.map((part) => ({
      sessionId: part.id,
      title: part.title,
      heard: agenda.people
        .filter((p) => p.role === 'speaker' && agenda.sessions.some((s) => s.id === p.sessionId && inside(s, part.id)))
        .map((p) => ({
          personId: p.personId,
          fullName: p.fullName,
          position: p.personPosition,
          topic: p.topic,
        })),
    }));
    const first = session ?? parts[0];
    const moderator = agenda.people.find((p) => p.role === 'moderator' && (first ? p.sessionId === first.id : true));
    const room = session?.room ?? null;
    const placeIn = (lang: Language): string =>
      [event.venue.name[lang] ?? event.venue.name.kk, roomName(room, event.venue.rooms, lang)]
        .filter(Boolean)
        .join(', ');
    const place: LocalizedText = { kk: placeIn('kk'), ru: placeIn('ru') };
    return {
      items,
      header: { meetingDate: localDate(session?.startsAt ?? event.startsAt, event.timeZone), place },
      moderatorId: moderator?.personId ?? null,
    };
  }

  /** The attendance log as approval froze it, or live: judged at the opening, or now while not opened. */
  async attendanceOf(row: ProtocolRow, event: EventRow, at: Date = new Date()): Promise<AttendanceSnapshot> {
    if (row.attendance) {
      return row.attendance;
    }
    const when = row.openedAt ? new Date(row.openedAt) : at;
    const [roster, quorum] = await Promise.all([
      this.roster.roster(event, row.sessionId, when),
      this.attendance.quorumFor(event, row.sessionId, when),
    ]);
    const attendees = roster.map((r) => ({
      personId: r.personId,
      fullName: r.fullName,
      position: r.position,
      organization: r.organization,
      role: r.role,
      voting: r.voting,
      checkedInAt: r.presentAt ? new Date(r.presentAt).toISOString() : null,
    }));
    const present = attendees.filter((a) => a.voting && a.checkedInAt).length;
    return {
      at: when.toISOString(),
      attendees,
      quorum: { members: quorum.members, present, required: quorum.required },
    };
  }

  /**
   * The resolutions recorded under each item: while a draft, those adopted in the item's session (or a
   * part of it; resolutions of no session go under the last item); once approved, those approval fixed.
   */
  async decisionsOf(
    row: ProtocolRow,
    items: ItemRow[],
    lang: Language,
  ): Promise<Map<string, (ProtocolDecisionResponse & { sessionId: string | null })[]>> {
    const adopted = await this.resolutions.decisionsOf(row.eventId, lang);
    const result = new Map<string, (ProtocolDecisionResponse & { sessionId: string | null })[]>();
    if (row.status !== 'draft') {
      for (const item of items) {
        result.set(
          item.id,
          adopted.filter((r) => item.resolutionIds?.includes(r.id)),
        );
      }
      return result;
    }
    const agenda = await this.sessions.agendaRows(row.eventId);
    const parentOf = new Map(agenda.sessions.map((s) => [s.id, s.parentId]));
    const itemOfSession = new Map(items.flatMap((i) => (i.sessionId ? [[i.sessionId, i.id] as const] : [])));
    const last = items[items.length - 1];
    for (const resolution of adopted) {
      let session = resolution.sessionId;
      while (session && !itemOfSession.has(session)) {
        session = parentOf.get(session) ?? null;
      }
      const itemId = session ? itemOfSession.get(session) : row.sessionId ? undefined : last?.id;
      if (itemId) {
        result.set(itemId, [...(result.get(itemId) ?? []), resolution]);
      }
    }
    return result;
  }

  async parts(row: ProtocolRow, event: EventRow, lang: Language, manager?: Tx): Promise<ProtocolParts> {
    const ids = [row.id];
    const [items, speeches, signatures, instructions, attendance] = await Promise.all([
      this.items.itemsOf(ids, manager),
      this.items.speechesOf(ids, manager),
      this.protocols.signaturesOf(ids, manager),
      this.execution.instructions(ids, lang, manager),
      this.attendanceOf(row, event),
    ]);
    const decisions = await this.decisionsOf(row, items, lang);
    return { row, event, items, speeches, signatures, instructions, decisions, attendance };
  }

  async response(row: ProtocolRow, event: EventRow, lang: Language): Promise<ProtocolResponse> {
    return toProtocolResponse(await this.parts(row, event, lang), lang);
  }
}
