/** What `readDate` made of a value: an ISO date or instant, or what is wrong with it. */
export type DateReading = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly problem: string };

const monthNumbers: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const weekdays = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?$/;

/** Year first, as ISO 8601 and its relatives write it: `2024-04-09`, `2024-4-9 10:00 +0200`, `2024/04/09`. */
const yearFirst =
  /^(\d{4,6})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** Day and month as numbers before the year: `25/12/2024` (only one reading) or `4/9/2024` (two). */
const yearLast = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4,6})$/;

/**
 * Read a date as authors write them in front matter, for any unambiguous
 * spelling: `2024-04-09`, `2024-4-9`, `2024/04/09`, `2024-04-09T10:00:00Z`,
 * `2024-04-09 10:00`, `2024-04-09 10:00:00 +0200`, `April 9, 2024`,
 * `9 April 2024`, `Apr 9 2024`, `Tue, 9 Apr 2024`, `25/12/2024`, and `Date`
 * objects (YAML timestamps, TOML dates, a config file's `new Date()`).
 * Returns `YYYY-MM-DD`, or the instant `YYYY-MM-DDTHH:MM:SSZ` in UTC when a
 * time is given (a time without a zone is taken as UTC, so a build does not
 * depend on the machine's zone). Refuses numeric forms that read two ways
 * (`4/9/2024`), two-digit years, days that do not exist and years outside
 * 1–9999. Month names are English. Pure.
 */
export function readDate(value: unknown): DateReading {
  if (value instanceof Date) return fromDateObject(value, String(value), false);
  if (typeof value !== 'string') return { ok: false, problem: `must be a date such as \`2024-04-09\`, not ${describe(value)}` };
  const text = value.trim();
  const iso = yearFirst.exec(text);
  if (iso) {
    const [, year = '', , month = '', day = '', hour, minute, second, zone] = iso;
    return fromParts(text, Number(year), Number(month), Number(day), hour === undefined ? undefined : { hour, minute, second, zone });
  }
  const numeric = yearLast.exec(text);
  if (numeric) return fromDayAndMonth(text, numeric);
  return fromMonthName(text);
}

interface TimeText {
  readonly hour: string;
  readonly minute: string | undefined;
  readonly second: string | undefined;
  readonly zone: string | undefined;
}

function fromDayAndMonth(text: string, match: RegExpExecArray): DateReading {
  const [, first = '', , second = '', year = ''] = match;
  if (year.length === 2) return { ok: false, problem: `\`${text}\` has a two-digit year: write it as \`YYYY-MM-DD\`` };
  const [a, b] = [Number(first), Number(second)];
  // Day first (25/12/2024) and month first (12/25/2024) are both in use: read it only when one of them makes a date.
  if (a > 12 && b <= 12) return fromParts(text, Number(year), b, a);
  if (b > 12 && a <= 12) return fromParts(text, Number(year), a, b);
  // The same either way (4/4/2024), or no date either way (0/4/2024, 13/13/2024).
  if (a === b || a === 0 || b === 0 || (a > 12 && b > 12)) return fromParts(text, Number(year), b, a);
  const dayFirst = isoDay(Number(year), b, a);
  const monthFirst = isoDay(Number(year), a, b);
  return { ok: false, problem: `\`${text}\` is ambiguous (day first or month first?): write \`${dayFirst}\` or \`${monthFirst}\`` };
}

/** `April 9, 2024`, `9 April 2024`, `Apr. 9 2024`, `Tuesday, 9th of April 2024`, `2024 Apr 9`. */
function fromMonthName(text: string): DateReading {
  const words = text
    .toLowerCase()
    .split(/[\s,./-]+/)
    .filter((word) => word !== '' && word !== 'of');
  if (words[0] !== undefined && weekdays.test(words[0])) words.shift();
  const month = words.filter((word) => monthNumbers[word] !== undefined);
  const numbers = words.filter((word) => /^\d+(?:st|nd|rd|th)?$/.test(word)).map((word) => word.replace(/\D+$/, ''));
  if (month.length !== 1 || month.length + numbers.length !== words.length) return unreadable(text);
  const year = numbers.filter((word) => word.length >= 4);
  const day = numbers.filter((word) => word.length <= 2);
  if (numbers.length === 1 && year.length === 1) return { ok: false, problem: `\`${text}\` has no day: write it as \`YYYY-MM-DD\`` };
  if (numbers.length !== 2 || year.length !== 1 || day.length !== 1) return unreadable(text);
  return fromParts(text, Number(year[0]), monthNumbers[month[0] ?? ''] ?? 0, Number(day[0]));
}

function fromParts(text: string, year: number, month: number, day: number, time?: TimeText): DateReading {
  if (year < 1 || year > 9999) return outOfRange(text);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, problem: `\`${text}\` is not a real calendar date` };
  }
  if (!time) return { ok: true, date: isoDay(year, month, day) };
  const [hour, minute, second] = [Number(time.hour), Number(time.minute ?? 0), Number(time.second ?? 0)];
  const offset = zoneMinutes(time.zone);
  if (hour > 23 || minute > 59 || second > 59 || offset === undefined)
    return { ok: false, problem: `\`${text}\` has a time that does not exist` };
  date.setUTCHours(hour, minute - offset, second, 0);
  return fromDateObject(date, text, true);
}

/** Minutes east of UTC: `Z`, `UTC`, `+02:00`, `+0200`, `-05`; `undefined` when impossible. */
function zoneMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || /^(?:z|utc|gmt)$/i.test(zone)) return 0;
  const [, sign = '+', hours = '0', minutes = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * A `Date`: its instant when `withTime`, else its day when it is midnight UTC
 * (a YAML or TOML date without a time), else its instant.
 */
function fromDateObject(date: Date, text: string, withTime: boolean): DateReading {
  if (Number.isNaN(date.getTime())) return unreadable(text);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return outOfRange(text);
  const day = isoDay(year, date.getUTCMonth() + 1, date.getUTCDate());
  const [hours, minutes, seconds] = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  const midnight = hours === 0 && minutes === 0 && seconds === 0 && date.getUTCMilliseconds() === 0;
  if (midnight && !withTime) return { ok: true, date: day };
  return { ok: true, date: `${day}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}Z` };
}

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(number: number, width: number): string {
  return String(number).padStart(width, '0');
}

function unreadable(text: string): DateReading {
  return { ok: false, problem: `\`${text}\` is not a date Folio can read: write it as \`YYYY-MM-DD\`` };
}

function outOfRange(text: string): DateReading {
  return { ok: false, problem: `\`${text}\` is out of range: the year must be from 1 to 9999` };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a map';
  const primitive = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint';
  // A config file written in JavaScript could give anything, even a function or a symbol.
  return primitive || value === undefined ? `\`${String(value)}\`` : `a ${typeof value}`;
}
