import { describe, expect, it } from '@jest/globals';
import type { FieldErrors } from '../../lib/forms';
import { TEXTS } from './messages';
import { PROTOCOL_TEXTS } from './protocol/messages';
import { sessionsWithoutProtocol } from './protocol/sessions';
import { liveQuorum } from './quorum';
import { checkCount, checkDate, checkText, checkUrl } from './validate';

const t = (key: keyof (typeof TEXTS)['ru'], values?: Record<string, string | number>): string =>
  TEXTS.ru[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name]));

describe('secretary console: the rules it shares with the API', () => {
  it("shows the adopting session's quorum as the API counts it (one number with the board), else the event's", () => {
    const event = { sessionId: null, members: 10, present: 7, required: 6, reached: true };
    const session = { sessionId: 's1', members: 10, present: 7, required: 6, reached: true };
    expect(liveQuorum([event, session], 's1')).toBe(session);
    // No arithmetic of its own: a session the API counts 0 present is 0 present here too.
    expect(liveQuorum([event, { ...session, present: 0, reached: false }], 's1')).toMatchObject({ present: 0 });
    expect(liveQuorum([event], 's2')).toEqual(event);
    expect(liveQuorum([event], null)).toEqual(event);
    expect(liveQuorum(undefined, 's1')).toBeUndefined();
  });

  it('checks texts, dates, counts and links as the DTOs do, in the reader’s words', () => {
    const errors: FieldErrors = {};
    checkText(errors, 'title.kk', '   ', 2000, t);
    checkText(errors, 'title.ru', 'x'.repeat(2001), 2000, t);
    checkText(errors, 'points.0.text.kk', 'Жол салу', 20000, t);
    checkDate(errors, 'points.0.dueDate', '31.12.2027', t);
    checkDate(errors, 'points.1.dueDate', '2027-12-31', t);
    expect(checkCount(errors, 'votesFor', '2.5', t)).toBeUndefined();
    expect(checkCount(errors, 'votesAgainst', '-1', t)).toBeUndefined();
    expect(checkCount(errors, 'votesAbstained', '0', t)).toBe(0);
    expect(checkCount(errors, 'percent', '101', t, 100)).toBeUndefined();
    checkUrl(errors, 'evidenceUrl', 'ftp://gov.kz/report', t);
    checkUrl(errors, 'other', 'https://gov.kz/report/1', t);
    expect(errors).toEqual({
      'title.kk': 'Обязательное поле',
      'title.ru': 'Слишком длинно: не больше 2000 символов',
      'points.0.dueDate': 'Введите дату в виде ГГГГ-ММ-ДД',
      votesFor: 'Введите целое число от 0',
      votesAgainst: 'Введите целое число от 0',
      percent: 'Введите целое число от 0 до 100',
      evidenceUrl: 'Введите ссылку, начинающуюся с http:// или https://',
    });
  });

  it("offers for a session's protocol the sessions the API takes, without one yet, breaks aside", () => {
    const session = (id: string, kind: 'plenary' | 'break' | 'adoption', parentId: string | null = null) => ({
      id,
      kind,
      parentId,
      title: id,
      startsAt: '2026-05-14T05:00:00Z',
    });
    const sessions = [
      session('a', 'plenary'),
      session('b', 'break'),
      session('c', 'adoption'),
      session('d', 'plenary', 'a'),
    ];
    const kept = (sessionId: string | null, kind: 'protocol' | 'addendum' = 'protocol') => ({ sessionId, kind });
    expect(sessionsWithoutProtocol(sessions, []).map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(sessionsWithoutProtocol(sessions, [kept(null), kept('a'), kept('c', 'addendum')]).map((s) => s.id)).toEqual([
      'c',
      'd',
    ]);
  });

  it('has every text in Kazakh, Russian and English', () => {
    const keys = Object.keys(TEXTS.kk).sort();
    expect(Object.keys(TEXTS.ru).sort()).toEqual(keys);
    expect(Object.keys(TEXTS.en).sort()).toEqual(keys);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      expect(Object.values(TEXTS[lang]).filter((text) => !text.trim())).toEqual([]);
    }
    const protocolKeys = Object.keys(PROTOCOL_TEXTS.kk).sort();
    expect(Object.keys(PROTOCOL_TEXTS.ru).sort()).toEqual(protocolKeys);
    expect(Object.keys(PROTOCOL_TEXTS.en).sort()).toEqual(protocolKeys);
  });
});
