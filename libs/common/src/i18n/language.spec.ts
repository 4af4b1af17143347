import { readCookie, requestLanguage } from './language';
import { errorMessage, fieldMessage, interpolate } from './messages';

describe('requestLanguage', () => {
  const request = (query: Record<string, unknown>, headers: Record<string, string>, user?: { language: string }) => ({
    query,
    headers,
    user,
  });

  it.each([
    [{}, {}, undefined, 'kk'],
    [{}, { 'accept-language': 'ru-RU,ru;q=0.9,en-US;q=0.8' }, undefined, 'ru'],
    [{}, { 'accept-language': 'de-DE,en;q=0.5,ru;q=0.7' }, undefined, 'ru'],
    [{}, { 'accept-language': 'fr, de' }, undefined, 'kk'],
    [{}, { 'accept-language': 'ru;q=0, en' }, undefined, 'en'],
    [{}, { 'accept-language': 'en' }, { language: 'ru' }, 'ru'],
    [{}, { cookie: 'other=1; akim_lang=en; x=y', 'accept-language': 'ru' }, { language: 'ru' }, 'en'],
    [{ lang: 'kk' }, { cookie: 'akim_lang=ru', 'accept-language': 'ru' }, { language: 'ru' }, 'kk'],
    [{}, { cookie: 'akim_lang=de', 'accept-language': 'ru' }, undefined, 'ru'],
    [{ lang: 'xx' }, { cookie: 'akim_lang=%E0%A4%A' }, undefined, 'kk'],
  ])('query %j, headers %j, user %j → %s', (query, headers, user, expected) => {
    expect(requestLanguage(request(query, headers, user))).toBe(expected);
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
