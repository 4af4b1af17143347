import { majorityOf } from './majority';

describe('majorityOf', () => {
  it('is more than half, for odd and even counts', () => {
    expect([0, 1, 2, 3, 59, 60].map(majorityOf)).toEqual([1, 1, 2, 2, 30, 31]);
  });
});
