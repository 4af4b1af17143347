import { describe, expect, it } from '@jest/globals';
import {
  applyResult,
  decide,
  foldName,
  mergeRoster,
  normalizeName,
  type QueuedCheckIn,
  type RosterEntry,
  searchRoster,
  verdictFromServer,
} from './roster';

function entry(name: string, overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    registrationId: `r-${name}`,
    name,
    position: null,
    organization: null,
    status: 'registered',
    badgeCode: `B${name.length}${name.charCodeAt(0)}`,
    checkedInAt: null,
    sessions: {},
    ...overrides,
  };
}

function queued(overrides: Partial<QueuedCheckIn>): QueuedCheckIn {
  return { clientId: 'c1', eventId: 'e1', at: '2027-03-10T10:00:00.000Z', deviceId: 'd1', label: 'x', ...overrides };
}

describe('check-in roster: Kazakh-aware search', () => {
  const people = [
    entry('Қасымшалов Ерлан Бекұлы'),
    entry('Касымов Олег'),
    entry('Әбенова Гүлнар'),
    entry('Нұрланов Дәулет'),
    entry('Сейітқасым Мұрат'),
  ];

  it('finds «Қасымшалов» from lower-case «қасым», word starts before substrings', () => {
    const found = searchRoster(people, 'қасым').map((e) => e.name);
    expect(found[0]).toBe('Қасымшалов Ерлан Бекұлы');
    expect(found).toContain('Сейітқасым Мұрат');
    // The same name in its Russian spelling is the same person for a checker.
    expect(found).toContain('Касымов Олег');
    expect(found.indexOf('Сейітқасым Мұрат')).toBeGreaterThan(0);
  });

  it('finds Kazakh names typed on a keyboard without Kazakh letters, and Cyrillic-only names from Kazakh spelling', () => {
    expect(searchRoster(people, 'касымш').map((e) => e.name)).toEqual(['Қасымшалов Ерлан Бекұлы']);
    expect(searchRoster(people, 'абенова').map((e) => e.name)).toEqual(['Әбенова Гүлнар']);
    expect(searchRoster(people, 'нурланов даулет').map((e) => e.name)).toEqual(['Нұрланов Дәулет']);
    // The exact spelling ranks first when both match.
    expect(searchRoster(people, 'касым').map((e) => e.name)[0]).toBe('Касымов Олег');
  });

  it('needs every word of the query, in any order, composed or not', () => {
    expect(searchRoster(people, 'ерлан қасым').map((e) => e.name)).toEqual(['Қасымшалов Ерлан Бекұлы']);
    expect(searchRoster(people, 'ерлан мұрат')).toEqual([]);
    expect(searchRoster(people, '   ')).toEqual([]);
    // «й» written as «и» + combining breve (NFD) is the same letter.
    expect(normalizeName('Сейітқасым')).toBe(normalizeName('Сеи\u0306ітқасым'));
    expect(foldName('ӘҒҚҢӨҰҮҺІ')).toBe('агкноуухи');
  });
});

describe('check-in roster: the decision at the door', () => {
  const admitted = entry('Әбенова Гүлнар', { badgeCode: 'AAA111' });
  const earlier = entry('Нұрланов Дәулет', { badgeCode: 'BBB222', checkedInAt: '2027-03-10T09:15:00+05:00' });
  const waiting = entry('Сейітов Мұрат', { badgeCode: null, status: 'waitlisted' });
  const roster = [admitted, earlier, waiting];

  it('admits a registered badge once, then answers "already in" with the first time, queued or known', () => {
    expect(decide(roster, [], { badgeCode: ' aaa111 ' }, null)).toEqual({ kind: 'admitted', entry: admitted });
    const queue = [
      queued({ clientId: 'c2', badgeCode: 'AAA111', at: '2027-03-10T10:05:00.000Z' }),
      queued({ clientId: 'c1', registrationId: admitted.registrationId, at: '2027-03-10T10:01:00.000Z' }),
    ];
    expect(decide(roster, queue, { badgeCode: 'AAA111' }, null)).toEqual({
      kind: 'already',
      entry: admitted,
      at: '2027-03-10T10:01:00.000Z',
    });
    expect(decide(roster, [], { registrationId: earlier.registrationId }, null)).toEqual({
      kind: 'already',
      entry: earlier,
      at: '2027-03-10T09:15:00+05:00',
    });
  });

  it('finds a badge typed as printed: groups of five with hyphens or spaces, any case; shows unknown codes grouped', () => {
    const printed = entry('Қасымшалов Ерлан', { badgeCode: '7KQ2M9XH4TB3NDR8WZ05' });
    const entries = [...roster, printed];
    for (const typed of [
      '7KQ2M-9XH4T-B3NDR-8WZ05',
      ' 7kq2m 9xh4t b3ndr 8wz05 ',
      '7KQ2M\u20099XH4T\u2009B3NDR\u20098WZ05',
    ]) {
      expect(decide(entries, [], { badgeCode: typed }, null)).toEqual({ kind: 'admitted', entry: printed });
    }
    const queue = [queued({ badgeCode: '7KQ2M9XH4TB3NDR8WZ05', at: '2027-03-10T10:01:00.000Z' })];
    expect(decide(entries, queue, { badgeCode: '7kq2m-9xh4t-b3ndr-8wz05' }, null)).toMatchObject({ kind: 'already' });
    // A badge the device does not know, scanned twice: shown by its code, in groups.
    const unknown = [queued({ badgeCode: 'ZZZZZ00000YYYYY11111' })];
    expect(decide(roster, unknown, { badgeCode: 'zzzzz-00000-yyyyy-11111' }, null)).toMatchObject({
      kind: 'already',
      entry: { name: 'ZZZZZ-00000-YYYYY-11111', badgeCode: 'ZZZZZ00000YYYYY11111' },
    });
  });

  it('keeps sessions apart from the event as a whole', () => {
    expect(decide(roster, [], { badgeCode: 'BBB222' }, 's1').kind).toBe('admitted');
    const queue = [queued({ badgeCode: 'AAA111', sessionId: 's1' })];
    expect(decide(roster, queue, { badgeCode: 'AAA111' }, 's1').kind).toBe('already');
    expect(decide(roster, queue, { badgeCode: 'AAA111' }, 's2').kind).toBe('admitted');
    expect(decide(roster, queue, { badgeCode: 'AAA111' }, null).kind).toBe('admitted');
  });

  it('refuses waitlisted people and unknown badges; an unknown badge scanned twice is "already in"', () => {
    expect(decide(roster, [], { registrationId: waiting.registrationId }, null)).toEqual({
      kind: 'not_admitted',
      entry: waiting,
      status: 'waitlisted',
    });
    expect(decide(roster, [], { badgeCode: 'zzz' }, null)).toEqual({ kind: 'unknown', code: 'ZZZ' });
    expect(decide(roster, [queued({ badgeCode: 'ZZZ' })], { badgeCode: 'zzz' }, null).kind).toBe('already');
  });

  it("learns the server's first time from its answers, and keeps session times across a roster refresh", () => {
    const item = queued({ registrationId: admitted.registrationId });
    const after = applyResult(roster, item, {
      clientId: 'c1',
      status: 'already_checked_in',
      registrationId: admitted.registrationId,
      at: '2027-03-10T09:00:00+05:00',
    });
    expect(after.find((e) => e.registrationId === admitted.registrationId)!.checkedInAt).toBe(
      '2027-03-10T09:00:00+05:00',
    );
    expect(applyResult(roster, item, { clientId: 'c1', status: 'rejected', code: 'BADGE_UNKNOWN' })).toBe(roster);
    const inSession = applyResult(
      roster,
      { ...item, sessionId: 's1' },
      {
        clientId: 'c1',
        status: 'checked_in',
        registrationId: admitted.registrationId,
        at: '2027-03-10T11:00:00+05:00',
      },
    );
    const merged = mergeRoster([admitted], inSession);
    expect(merged[0].sessions).toEqual({ s1: '2027-03-10T11:00:00+05:00' });
    expect(merged[0].checkedInAt).toBeNull();
  });

  it("takes the server's word: another door was first, or the registration changed meanwhile", () => {
    const local = { kind: 'admitted', entry: admitted } as const;
    expect(
      verdictFromServer(
        {
          clientId: 'c1',
          status: 'already_checked_in',
          registrationId: admitted.registrationId,
          at: '2027-03-10T09:00:00+05:00',
        },
        local,
        roster,
      ),
    ).toEqual({ kind: 'already', entry: admitted, at: '2027-03-10T09:00:00+05:00' });
    expect(verdictFromServer({ clientId: 'c1', status: 'rejected', code: 'NOT_ADMITTED' }, local, roster)).toEqual({
      kind: 'not_admitted',
      entry: admitted,
      status: null,
    });
    const unknown = { kind: 'unknown', code: 'NEW1' } as const;
    expect(verdictFromServer({ clientId: 'c1', status: 'rejected', code: 'BADGE_UNKNOWN' }, unknown, roster)).toBe(
      unknown,
    );
    // A badge newer than the device's roster: the server admits it.
    expect(
      verdictFromServer(
        { clientId: 'c1', status: 'checked_in', registrationId: 'r-new', at: '2027-03-10T09:00:00+05:00' },
        unknown,
        roster,
      ),
    ).toEqual({ kind: 'admitted', entry: null });
  });
});
