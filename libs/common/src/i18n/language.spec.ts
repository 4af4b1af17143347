import { readCookie, resolveLanguage, resolvePageLanguage } from './language';
import { errorMessage, fieldMessage, interpolate } from './messages';

describe('resolveLanguage', () => {
  it.each([
    [undefined, undefined, 'kk'],
    [undefined, 'ru', 'ru'],
    [undefined, 'ru-RU,ru;q=0.9,en-US;q=0.8', 'ru'],
    [undefined, 'de-DE,en;q=0.5,ru;q=0.7', 'ru'],
    [undefined, 'fr, de', 'kk'],
    [undefined, 'ru;q=0, en', 'en'],
    ['en', 'ru', 'en'],
    ['xx', 'kk-KZ', 'kk'],
  ])('lang=%s, Accept-Language=%s → %s', (param, header, expected) => {
    expect(resolveLanguage(param, header)).toBe(expected);
  });
});

describe('resolvePageLanguage', () => {
  it.each([
    [undefined, undefined, 'kk'],
    [undefined, 'akim_lang=ru', 'ru'],
    [undefined, 'other=1; akim_lang=en; x=y', 'en'],
    ['kk', 'akim_lang=ru', 'kk'],
    [undefined, 'akim_lang=de', 'kk'],
    ['xx', 'akim_lang=%E0%A4%A', 'kk'],
  ])('lang=%s, Cookie=%s → %s', (param, cookie, expected) => {
    expect(resolvePageLanguage(param, cookie)).toBe(expected);
  });

  it('reads one cookie by its exact name', () => {
    expect(readCookie('xakim_lang=ru; akim_lang=kk', 'akim_lang')).toBe('kk');
    expect(readCookie(undefined, 'akim_lang')).toBeUndefined();
  });
});

describe('messages', () => {
  it('has every error message in the three languages, and they differ', () => {
    const kk = errorMessage('VERSION_MISMATCH', 'kk');
    const ru = errorMessage('VERSION_MISMATCH', 'ru');
    expect(kk).not.toEqual(ru);
    expect(kk).toMatch(/[әғқңөұүһі]/);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(fieldMessage('minLength', 'ru', { constraint1: '8' })).toBe('Не короче 8 символов');
    expect(fieldMessage('someUnknownConstraint', 'en')).toBe('Invalid value');
  });
});
