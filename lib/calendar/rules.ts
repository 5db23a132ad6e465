/**
 * Working-day arithmetic in Europe/Stockholm time, given which dates of a year are holidays.
 * The holidays come from date-holidays (lib/workdays.ts); the overlay, where that library is
 * too large to load on every page, gets the same dates as a table (./table.ts).
 */

export const TIME_ZONE = 'Europe/Stockholm';

/** A calendar date as Stockholm sees it; month 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * Made on first use: building a formatter with a time zone costs 15–20 ms (ICU loads the zone),
 * and the overlay's content script imports this file on every page of the sites, where most
 * comments never need it ("2 tim" is read without a calendar; issue 3's load budget).
 */
let formatter: Intl.DateTimeFormat | undefined;
const stockholmFormatter = (): Intl.DateTimeFormat =>
  (formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));

function wallClockOf(d: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const p of stockholmFormatter().formatToParts(d)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const ms = ((d.getTime() % 1000) + 1000) % 1000;
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
    millisecond: ms,
  };
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** Stockholm's offset from UTC at an instant, in ms. */
function offsetAt(t: number): number {
  return wallAsUtc(wallClockOf(new Date(t))) - t;
}

/**
 * The instant a Stockholm wall-clock time denotes. Ambiguous times (the repeated hour in
 * October) resolve to the earlier instant; times skipped in March move forward by the gap,
 * as Temporal's 'compatible' disambiguation does.
 */
export function fromStockholmWallClock(w: WallClock): Date {
  const t = wallAsUtc(w);
  const before = offsetAt(t - 12 * 3600_000);
  const after = offsetAt(t + 12 * 3600_000);
  const candidates = [t - before, t - after].sort((a, b) => a - b);
  for (const c of candidates) {
    if (wallAsUtc(wallClockOf(new Date(c))) === t) return new Date(c);
  }
  return new Date(t - before);
}

/** The Stockholm calendar date of an instant. */
export function stockholmDate(d: Date): CivilDate {
  const { year, month, day } = wallClockOf(d);
  return { year, month, day };
}

export function key(c: CivilDate): string {
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

function shiftDate(c: CivilDate, days: number): CivilDate {
  const u = new Date(Date.UTC(c.year, c.month - 1, c.day + days));
  return { year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() };
}

export function weekday(c: CivilDate): number {
  return new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
}

/** Non-working dates of a year other than weekends, keyed YYYY-MM-DD, with their Swedish names. */
export type NonWorkingDates = (year: number) => ReadonlyMap<string, string>;

export interface Workdays {
  isWorkingDay(d: Date): boolean;
  addWorkingDays(d: Date, n: number): Date;
  answerDeadline(receivedAt: Date): Date;
}

/** The working-day functions for one source of holidays. */
export function createWorkdays(nonWorkingDates: NonWorkingDates): Workdays {
  function isWorkingDate(c: CivilDate): boolean {
    const wd = weekday(c);
    if (wd === 0 || wd === 6) return false;
    return !nonWorkingDates(c.year).has(key(c));
  }

  /** Whether the Stockholm calendar day of `d` is a working day. */
  function isWorkingDay(d: Date): boolean {
    return isWorkingDate(stockholmDate(d));
  }

  function nextWorkingDate(c: CivilDate, step: 1 | -1): CivilDate {
    let x = shiftDate(c, step);
    while (!isWorkingDate(x)) x = shiftDate(x, step);
    return x;
  }

  /**
   * The same Stockholm wall-clock time `n` working days later (earlier when n < 0), counted from
   * the calendar day of `d` whether or not that day is itself a working day. n = 0 returns `d`.
   */
  function addWorkingDays(d: Date, n: number): Date {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    const w = wallClockOf(d);
    let c: CivilDate = w;
    const step = n < 0 ? -1 : 1;
    for (let i = 0; i < Math.abs(n); i++) c = nextWorkingDate(c, step);
    if (n === 0) return new Date(d.getTime());
    return fromStockholmWallClock({ ...w, year: c.year, month: c.month, day: c.day });
  }

  /**
   * When a comment must be answered: received on a working day, the same clock time the next
   * working day; received on a non-working day, 23:59:59 of the next working day.
   */
  function answerDeadline(receivedAt: Date): Date {
    if (isWorkingDay(receivedAt)) return addWorkingDays(receivedAt, 1);
    const c = nextWorkingDate(stockholmDate(receivedAt), 1);
    return fromStockholmWallClock({ ...c, hour: 23, minute: 59, second: 59, millisecond: 0 });
  }

  return { isWorkingDay, addWorkingDays, answerDeadline };
}

export type DeadlineStatus = 'overdue' | 'due-today' | 'upcoming';

/** Overdue once `now` is past the deadline; due today while the deadline is later on now's Stockholm day. */
export function deadlineStatus(deadline: Date, now: Date): DeadlineStatus {
  if (now.getTime() > deadline.getTime()) return 'overdue';
  return key(stockholmDate(deadline)) === key(stockholmDate(now)) ? 'due-today' : 'upcoming';
}
