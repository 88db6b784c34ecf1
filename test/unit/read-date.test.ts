import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/front-matter/read-date.js';

const read = (value: unknown): string => {
  const reading = readDate(value);
  return reading.ok ? reading.date : `problem: ${reading.problem}`;
};

describe('readDate', () => {
  it('reads ISO dates, with or without leading zeros', () => {
    expect(read('2024-04-09')).toBe('2024-04-09');
    expect(read('2024-4-09')).toBe('2024-04-09');
    expect(read('2024-4-9')).toBe('2024-04-09');
    expect(read('2024/04/09')).toBe('2024-04-09');
    expect(read(' 2024.04.09 ')).toBe('2024-04-09');
  });

  it('reads a time into a UTC instant, a time without a zone as UTC', () => {
    expect(read('2024-04-09T10:00:00Z')).toBe('2024-04-09T10:00:00Z');
    expect(read('2024-04-09 10:00')).toBe('2024-04-09T10:00:00Z');
    expect(read('2024-04-09T10:00:00.123+02:00')).toBe('2024-04-09T08:00:00Z');
    expect(read('2024-04-09 00:30:00 +0100')).toBe('2024-04-08T23:30:00Z');
    expect(read('2024-04-09T00:00:00Z')).toBe('2024-04-09T00:00:00Z');
  });

  it('reads dates with English month names, in either order', () => {
    for (const text of [
      'April 9, 2024',
      '9 April 2024',
      'Apr 9 2024',
      'Apr. 9, 2024',
      '9th of April, 2024',
      'Tue, 9 Apr 2024',
      'april 9th 2024',
      '9-Apr-2024',
    ]) {
      expect(read(text), text).toBe('2024-04-09');
    }
  });

  it('reads day and month as numbers only when one reading makes a date', () => {
    expect(read('25/12/2024')).toBe('2024-12-25');
    expect(read('12/25/2024')).toBe('2024-12-25');
    expect(read('4/4/2024')).toBe('2024-04-04');
    expect(read('4/9/2024')).toBe('problem: `4/9/2024` is ambiguous (day first or month first?): write `2024-09-04` or `2024-04-09`');
    expect(read('09.04.2024')).toMatch(/is ambiguous/);
    expect(read('4/9/24')).toBe('problem: `4/9/24` has a two-digit year: write it as `YYYY-MM-DD`');
  });

  it('reads Date objects: midnight UTC as a day, else as an instant', () => {
    expect(read(new Date(Date.UTC(2024, 3, 9)))).toBe('2024-04-09');
    expect(read(new Date(Date.UTC(2024, 3, 9, 10, 30)))).toBe('2024-04-09T10:30:00Z');
    expect(read(new Date(Number.NaN))).toMatch(/^problem: .* is not a date Folio can read/);
  });

  it('refuses days and times that do not exist, and years outside 1 to 9999', () => {
    expect(read('2024-02-31')).toBe('problem: `2024-02-31` is not a real calendar date');
    expect(read('2023-02-29')).toMatch(/not a real calendar date/);
    expect(read('2024-02-29')).toBe('2024-02-29');
    expect(read('2024-04-09 25:00')).toBe('problem: `2024-04-09 25:00` has a time that does not exist');
    expect(read('0000-01-01')).toBe('problem: `0000-01-01` is out of range: the year must be from 1 to 9999');
    expect(read('10000-01-01')).toMatch(/out of range/);
    expect(read('9999-12-31T23:00:00-02:00')).toMatch(/out of range/);
    expect(read('0001-01-01')).toBe('0001-01-01');
  });

  it('refuses what is not a date, saying how to write one', () => {
    expect(read('tomorrow')).toBe('problem: `tomorrow` is not a date Folio can read: write it as `YYYY-MM-DD`');
    expect(read('April 2024')).toBe('problem: `April 2024` has no day: write it as `YYYY-MM-DD`');
    expect(read('April 9 May 2024')).toMatch(/not a date Folio can read/);
    expect(read(2024)).toBe('problem: must be a date such as `2024-04-09`, not `2024`');
    expect(read(['2024-04-09'])).toMatch(/not a list/);
  });
});
