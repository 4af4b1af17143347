import { appositive, chooseLanguage, parseAcceptLanguage } from './languages';

describe('parseAcceptLanguage', () => {
  it.each([
    [undefined, []],
    ['ru', ['ru']],
    ['ru-RU,ru;q=0.9,en-US;q=0.8', ['ru-RU', 'ru', 'en-US']],
    ['de-DE,en;q=0.5,ru;q=0.7', ['de-DE', 'ru', 'en']],
    ['ru;q=0, en', ['en']],
    ['*', ['*']],
    ['en;q=abc, kk', ['kk']],
  ])('%s → %j', (header, tags) => {
    expect(parseAcceptLanguage(header)).toEqual(tags);
  });
});

describe('chooseLanguage', () => {
  it.each([
    [{}, 'kk'],
    [{ preferred: ['ru-RU', 'ru'] }, 'ru'],
    [{ preferred: ['fr', 'de'] }, 'kk'],
    [{ preferred: ['de', 'en-GB', 'ru'] }, 'en'],
    [{ user: 'ru', preferred: ['en'] }, 'ru'],
    [{ remembered: 'en', user: 'ru', preferred: ['ru'] }, 'en'],
    [{ asked: 'kk', remembered: 'en', user: 'ru', preferred: ['ru'] }, 'kk'],
    [{ asked: 'xx', remembered: 'de', user: null, preferred: ['ru'] }, 'ru'],
    [{ asked: ['ru'], user: 'en' }, 'en'],
  ])('%j → %s', (sources, expected) => {
    expect(chooseLanguage(sources)).toBe(expected);
  });
});

describe('appositive', () => {
  it.each([
    ['Аким Западно-Казахстанской области', 'аким Западно-Казахстанской области'],
    ['Облыс әкімі', 'облыс әкімі'],
    ['Өңірлік кеңес төрағасы', 'өңірлік кеңес төрағасы'],
    ['ЗКО маслихатының депутаты', 'ЗКО маслихатының депутаты'],
    ['ҚР Президенті', 'ҚР Президенті'],
    ['аким района', 'аким района'],
    ['', ''],
    ['А', 'А'],
  ])('%j after a comma reads %j', (text, expected) => {
    expect(appositive(text)).toBe(expected);
  });
});
