import { dayToTyped, typedToClock, typedToDay } from './dates';

describe('dates typed in the forms', () => {
  it('shows a day as dd.mm.yyyy', () => {
    expect(dayToTyped('2027-03-10')).toBe('10.03.2027');
    expect(dayToTyped('')).toBe('');
  });

  it.each([
    ['10.03.2027', '2027-03-10'],
    ['1.3.2027', '2027-03-01'],
    ['10/03/2027', '2027-03-10'],
    ['10-03-2027', '2027-03-10'],
    [' 2027-03-10 ', '2027-03-10'],
    ['29.02.2028', '2028-02-29'],
    ['29.02.2027', null],
    ['31.04.2027', null],
    ['03/10', null],
    ['10.03.27', null],
    ['', null],
  ])('reads the day %j as %j', (typed, day) => {
    expect(typedToDay(typed)).toBe(day);
  });

  it.each([
    ['9:00', '09:00'],
    ['09.30', '09:30'],
    ['0930', '09:30'],
    ['23:59', '23:59'],
    ['24:00', null],
    ['12:60', null],
    ['9 PM', null],
    ['', null],
  ])('reads the time %j as %j', (typed, clock) => {
    expect(typedToClock(typed)).toBe(clock);
  });
});
