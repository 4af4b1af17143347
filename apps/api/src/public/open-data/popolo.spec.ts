import { AppError } from '@app/common';
import type { AdoptionRow } from './open-data.repository';
import { decodeCursor, encodeCursor } from './open-cursor';
import { divisionId, regionIdentifiers } from './ocd-division';
import { otherNames, toMotion, toVote, toVoteEvent } from './popolo';

const ID = '6f1c1a52-8f0e-4c55-9a43-7f7a1c0b9e10';
const ID2 = '0b4f9d52-1d3e-4a8e-b1c2-3e4f5a6b7c8d';

function adoption(overrides: Partial<AdoptionRow> = {}): AdoptionRow {
  return {
    source: 'resolution',
    protocolId: null,
    id: ID,
    eventId: ID2,
    sessionId: null,
    kind: 'resolution',
    title: { kk: 'Қаулы', ru: 'Постановление' },
    preamble: null,
    points: [],
    organizationId: null,
    number: 3,
    year: 2026,
    adoptedAt: new Date('2026-11-16T08:15:00Z'),
    timeZone: 'Asia/Oral',
    sealCode: null,
    votesFor: 6,
    votesAgainst: 1,
    votesAbstained: 1,
    presentCount: 9,
    pollMode: null,
    pollMembers: null,
    pollRequired: null,
    majorityOf: null,
    quorumRule: null,
    sortKey: '2026-11-16 08:15:00+00',
    createdAt: new Date('2026-11-10T00:00:00Z'),
    updatedAt: new Date('2026-11-16T08:15:00Z'),
    ...overrides,
  };
}

describe('Popolo shapes of the public record', () => {
  it('makes Open Civic Data division ids from the region tree: ISO numbers, own codes, KATO codes', () => {
    expect(divisionId([{ code: 'KZ-27', level: 'oblast' }])).toBe('ocd-division/country:kz/oblys:27');
    expect(divisionId([{ code: 'KZ-71', level: 'city' }])).toBe('ocd-division/country:kz/qala:71');
    expect(
      divisionId([
        { code: 'KZ-27', level: 'oblast' },
        { code: 'KZ-27-ZHANAKALA', level: 'district' },
        { code: 'KZ-27-ZHANAKALA-MASTEKSAY', level: 'rural_district' },
        { code: '274253100', level: 'village' },
      ]),
    ).toBe('ocd-division/country:kz/oblys:27/audan:zhanakala/auyldyq_okrug:masteksay/auyl:274253100');
  });

  it("names an organization's region by ISO 3166-2:KZ, KATO (an oblast's is its number and seven zeros) and our code", () => {
    expect(regionIdentifiers('KZ-19', [{ code: 'KZ-19', level: 'oblast' }])).toEqual([
      { scheme: 'ISO 3166-2', identifier: 'KZ-19' },
      { scheme: 'KATO', identifier: '190000000' },
      { scheme: 'ocd-division', identifier: 'ocd-division/country:kz/oblys:19' },
    ]);
    const chain = [
      { code: 'KZ-27', level: 'oblast' },
      { code: '274200000', level: 'district' },
    ];
    expect(regionIdentifiers('274200000', chain)).toContainEqual({ scheme: 'KATO', identifier: '274200000' });
    expect(regionIdentifiers(null, null)).toEqual([]);
  });

  it('keeps every language of a name as an other name noted with its language', () => {
    expect(otherNames({ kk: 'Әкімдік', ru: 'Акимат', en: '' })).toEqual([
      { name: 'Әкімдік', note: 'kk' },
      { name: 'Акимат', note: 'ru' },
    ]);
  });

  it('counts an adoption: yes, no, abstain, the present who did not vote, and the absent when the roster is known', () => {
    expect(toVoteEvent(adoption()).counts).toEqual([
      { option: 'yes', value: 6 },
      { option: 'no', value: 1 },
      { option: 'abstain', value: 1 },
      { option: 'not voting', value: 1 },
    ]);
    const byName = toVoteEvent(
      adoption({ pollMode: 'roll_call', pollMembers: 12, pollRequired: 7, presentCount: 8, votesAbstained: 1 }),
    );
    expect(byName).toMatchObject({
      id: `akim:vote-event/${ID}`,
      motion_id: `akim:motion/${ID}`,
      legislative_session_id: `akim:event/${ID2}`,
      identifier: '3/2026',
      classification: 'roll_call',
      start_date: '2026-11-16T13:15:00+05:00',
      quorum: { members: 12, present: 8, required: 7, reached: true },
    });
    expect(byName.counts).toContainEqual({ option: 'absent', value: 4 });
    expect(toVote({ sortKey: '', resolutionId: ID, personId: ID2, choice: null }).option).toBe('not voting');
    expect(toVote({ sortKey: '', resolutionId: ID, personId: ID2, choice: 'against' }).option).toBe('no');
  });

  it('reads back the cursors it makes and refuses anything else', () => {
    const cursor = { key: '2026-12-07 09:29:04.123456+00', id: ID };
    expect(decodeCursor(encodeCursor(cursor), false)).toEqual(cursor);
    const vote = { key: '2026-12-07 09:29:04+00', id: ID, id2: ID2 };
    expect(decodeCursor(encodeCursor(vote), true)).toEqual(vote);
    for (const bad of [
      'abc',
      encodeCursor(vote),
      Buffer.from(JSON.stringify(['yesterday', ID])).toString('base64url'),
      Buffer.from(JSON.stringify(['2026-12-07 09:29:04+00', "x' OR 1=1"])).toString('base64url'),
      Buffer.from('{"key":1}').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad, false)).toThrow(AppError);
    }
    expect(() => decodeCursor(encodeCursor(cursor), true)).toThrow(AppError);
  });

  it('shows a decision recorded in a protocol as a motion of the protocol, adopted without counts of its own', () => {
    const decision = adoption({
      source: 'protocol',
      protocolId: ID2,
      kind: 'protocol_decision',
      title: { kk: 'Баяндамалар', ru: 'Доклады' },
      preamble: { kk: 'Назарға алынсын.', ru: 'Принять к сведению.' },
      votesFor: null,
      votesAgainst: null,
      votesAbstained: null,
      presentCount: null,
      sealCode: '0123456789ABCDEF',
    });
    const motion = toMotion(decision, 'ru', 'https://forum.kz');
    expect(motion).toMatchObject({
      id: `akim:motion/${ID}`,
      text: 'Доклады\nПринять к сведению.',
      classification: 'protocol_decision',
      requirement: 'Решение заседания, утверждённое протоколом № 3/2026',
      result: 'pass',
    });
    expect(motion.sources![0]).toEqual({ url: `https://forum.kz/api/v1/protocols/${ID2}.pdf?lang=ru`, note: 'pdf' });
    const event = toVoteEvent(decision);
    expect(event).toMatchObject({
      motion_id: `akim:motion/${ID}`,
      classification: 'protocol',
      counts: [],
      result: 'pass',
    });
    expect(event.quorum).toBeUndefined();
  });
});
