import { AppError } from '../errors/app-error';
import { parseIfMatch } from './if-match';

describe('parseIfMatch', () => {
  it('reads plain, quoted and weak versions', () => {
    expect(parseIfMatch('3')).toBe(3);
    expect(parseIfMatch('"12"')).toBe(12);
    expect(parseIfMatch('W/"7"')).toBe(7);
  });

  it('treats absent and * as no precondition', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('*')).toBeUndefined();
  });

  it('refuses anything else with a validation error', () => {
    expect(() => parseIfMatch('abc')).toThrow(AppError);
    expect(() => parseIfMatch('1.5')).toThrow(AppError);
  });
});
