import { AppError } from '../errors/app-error';
import { RateWindow } from './rate-window';

describe('RateWindow', () => {
  it('lets `limit` requests of a key through a window, refuses the next with Retry-After, and opens again', () => {
    const window = new RateWindow(3, 60_000);
    for (let i = 0; i < 3; i++) {
      window.take('ip:1', 1_000);
    }
    window.take('ip:2', 1_000);
    let refused: unknown;
    try {
      window.take('ip:1', 31_000);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).statusCode).toBe(429);
    expect((refused as AppError).headers['retry-after']).toBe('30');
    expect(() => window.take('ip:1', 61_000)).not.toThrow();
  });

  it('keeps at most maxKeys windows', () => {
    const window = new RateWindow(1, 60_000, 2);
    window.take('a', 0);
    window.take('b', 0);
    window.take('c', 0);
    // `a` was dropped, so it starts a new window instead of being refused.
    expect(() => window.take('a', 1)).not.toThrow();
    expect(() => window.take('c', 1)).toThrow(AppError);
  });
});
