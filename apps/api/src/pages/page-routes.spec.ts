import { rewritePageUrl } from './page-routes';

describe('rewritePageUrl', () => {
  it.each([
    ['/', '/pages'],
    ['/?lang=ru', '/pages?lang=ru'],
    ['/events/almaty-forum', '/pages/events/almaty-forum'],
    ['/events/almaty-forum?lang=en&x=1', '/pages/events/almaty-forum?lang=en&x=1'],
    ['/api/v1/events/almaty-forum', '/api/v1/events/almaty-forum'],
    ['/events/almaty-forum/agenda', '/events/almaty-forum/agenda'],
    ['/health', '/health'],
    ['/my?register=1', '/my?register=1'],
  ])('%s → %s', (url, expected) => {
    expect(rewritePageUrl(url)).toBe(expected);
  });
});
