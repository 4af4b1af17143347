import type { Agenda, AgendaSession } from '@app/contracts';
import ical, { type VEvent } from 'node-ical';
import { renderAgendaIcs } from './agenda-ics';
import { FIXTURE_UPDATED_AT, agendaFixture } from '../../../../../test/support/agenda.fixture';

const DOMAIN = 'akim-forum.test';

function sessionsOf(agenda: Agenda): AgendaSession[] {
  const flat = (list: AgendaSession[]): AgendaSession[] => list.flatMap((s) => [s, ...flat(s.children)]);
  return agenda.days.flatMap((d) => flat(d.sessions));
}

function veventsOf(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

/** Logical lines with folding undone (RFC 5545 3.1). */
function unfolded(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('renderAgendaIcs', () => {
  const kk = agendaFixture('kk');
  const text = renderAgendaIcs(kk, { uidDomain: DOMAIN, eventUrl: 'https://akim-forum.test/e/oral' });
  const sessions = sessionsOf(kk);
  const expected = sessions.filter((s) => s.kind !== 'break');

  it('has one VEVENT per session, nested ones included and breaks left out, with stable UIDs', () => {
    const events = veventsOf(text);
    expect(sessions.some((s) => s.kind === 'break')).toBe(true);
    expect(sessions.some((s) => s.children.length === 2)).toBe(true);
    expect(events).toHaveLength(expected.length);
    expect(events.map((e) => e.uid).sort()).toEqual(expected.map((s) => `${s.id}@${DOMAIN}`).sort());
  });

  it('keeps the instants, the titles and the event zone', () => {
    const byUid = new Map(veventsOf(text).map((e) => [e.uid, e]));
    for (const s of expected) {
      const e = byUid.get(`${s.id}@${DOMAIN}`);
      expect(e).toBeDefined();
      expect(e?.start.getTime()).toBe(Date.parse(s.startsAt));
      expect(e?.end?.getTime()).toBe(Date.parse(s.endsAt));
      expect(e?.summary).toBe(s.title);
      expect(e?.start.tz).toBe('Asia/Oral');
      expect(e?.url).toMatchObject({ val: 'https://akim-forum.test/e/oral' });
    }
    const lines = unfolded(text);
    expect(lines).toContain('DTSTART;TZID=Asia/Oral:20261206T100000');
    expect(lines).toContain('DTEND;TZID=Asia/Oral:20261206T102000');
    expect(lines).toContain('X-WR-TIMEZONE:Asia/Oral');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('PRODID:-//Akim Forum//Agenda//KK');
    expect(lines).toContain(`X-WR-CALNAME:${kk.event.title}`);
  });

  it('describes the timezone as a fixed +05:00 VTIMEZONE', () => {
    const lines = unfolded(text);
    const start = lines.indexOf('BEGIN:VTIMEZONE');
    const end = lines.indexOf('END:VTIMEZONE');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start, end + 1)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Oral',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0500',
      'TZOFFSETTO:+0500',
      'TZNAME:+05',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
  });

  it('derives DTSTAMP and SEQUENCE from updatedAt, in UTC', () => {
    const lines = unfolded(text);
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(expected.map(() => 'DTSTAMP:20261120T091530Z'));
    const sequences = new Set(lines.filter((l) => l.startsWith('SEQUENCE:')));
    expect(sequences.size).toBe(1);
    const later = renderAgendaIcs(
      { ...kk, event: { ...kk.event, updatedAt: new Date(Date.parse(FIXTURE_UPDATED_AT) + 60_000).toISOString() } },
      { uidDomain: DOMAIN },
    );
    const seq = (t: string) =>
      Number(
        unfolded(t)
          .find((l) => l.startsWith('SEQUENCE:'))
          ?.slice('SEQUENCE:'.length),
      );
    expect(seq(later)).toBe(seq(text) + 60);
    expect(seq(text)).toBeLessThan(2 ** 31);
  });

  it('lists moderators and speakers with labels in the agenda language', () => {
    const plenary = veventsOf(text).find((e) => e.uid === `s-plenary@${DOMAIN}`);
    const description = String(plenary?.description);
    expect(description).toContain('Модератор: Төлеубек Мұқашев, бірлестік төрағасы');
    expect(description).toContain('Баяндамашылар:\n1. Нариман Төреғалиев, облыс әкімі — «Өңірдегі');
    expect(description).toContain('15 мин');
    expect(plenary?.location).toBe('Батыс Қазақстан облысы әкімдігінің мәжіліс залы, Үлкен зал');

    const ru = veventsOf(renderAgendaIcs(agendaFixture('ru'), { uidDomain: DOMAIN })).find(
      (e) => e.uid === `s-plenary@${DOMAIN}`,
    );
    expect(String(ru?.description)).toContain('Докладчики:\n1. Нариман Төреғалиев, аким области');
  });

  it('gives kk and ru their own summaries for the same UIDs', () => {
    const ruAgenda = agendaFixture('ru');
    const ru = renderAgendaIcs(ruAgenda, { uidDomain: DOMAIN });
    const summaries = (t: string) => new Map(veventsOf(t).map((e) => [e.uid, String(e.summary)]));
    const kkSummaries = summaries(text);
    const ruSummaries = summaries(ru);
    expect([...ruSummaries.keys()].sort()).toEqual([...kkSummaries.keys()].sort());
    expect(ruSummaries.get(`s-plenary@${DOMAIN}`)).toBe('Ход реализации проекта «Қаладан – Ауылға»');
    expect(kkSummaries.get(`s-plenary@${DOMAIN}`)).toBe('«Қаладан – Ауылға» жобасының жүзеге асырылу барысы');
    for (const [uid, summary] of kkSummaries) {
      expect(ruSummaries.get(uid)).not.toBe(summary);
    }
  });

  it('renders the same text twice, with CRLF lines folded at 75 octets', () => {
    expect(
      renderAgendaIcs(agendaFixture('kk'), { uidDomain: DOMAIN, eventUrl: 'https://akim-forum.test/e/oral' }),
    ).toBe(text);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('renders an agenda without sessions as an empty calendar', () => {
    const empty = renderAgendaIcs({ ...kk, days: [] }, { uidDomain: DOMAIN });
    expect(veventsOf(empty)).toHaveLength(0);
    expect(unfolded(empty)).toEqual(expect.arrayContaining(['METHOD:PUBLISH', 'X-WR-TIMEZONE:Asia/Oral']));
    expect(empty.endsWith('\r\nX-WR-TIMEZONE:Asia/Oral\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('marks every VEVENT cancelled when the event is', () => {
    const cancelled = renderAgendaIcs({ ...kk, event: { ...kk.event, status: 'cancelled' } }, { uidDomain: DOMAIN });
    const events = veventsOf(cancelled);
    expect(events).toHaveLength(expected.length);
    expect(events.every((e) => e.status === 'CANCELLED')).toBe(true);
    expect(veventsOf(text).every((e) => e.status === 'CONFIRMED')).toBe(true);
  });

  it('writes times on the wall clock of any other zone, across a DST change', () => {
    const berlin: Agenda = {
      ...kk,
      event: { ...kk.event, timeZone: 'Europe/Berlin' },
      days: [
        {
          date: '2026-10-24',
          sessions: [
            { ...expected[0], id: 'a', startsAt: '2026-10-24T10:00:00+02:00', endsAt: '2026-10-24T11:00:00+02:00' },
            { ...expected[0], id: 'b', startsAt: '2026-10-26T10:00:00+01:00', endsAt: '2026-10-26T11:00:00+01:00' },
          ],
        },
      ],
    };
    const out = renderAgendaIcs(berlin, { uidDomain: DOMAIN });
    const lines = unfolded(out);
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20261024T100000');
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20261026T100000');
    // The change from CEST to CET on 2026-10-25 at 03:00 local summer time.
    expect(lines).toContain('DTSTART:20261025T030000');
    expect(lines).toContain('TZOFFSETFROM:+0200');
    expect(lines).toContain('TZOFFSETTO:+0100');
    const events = veventsOf(out);
    expect(events.map((e) => e.start.getTime()).sort()).toEqual(
      [Date.parse('2026-10-24T08:00:00Z'), Date.parse('2026-10-26T09:00:00Z')].sort(),
    );
  });
});
