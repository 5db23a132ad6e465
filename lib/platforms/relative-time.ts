/**
 * The comment times the sites show ("2 tim", "3 days ago", "12 mars"), read back into instants.
 * Swedish and English UI alike (DOM-NOTES.md: never one language's labels alone). Pure: the
 * clock is an argument, since "3 d" means nothing without one, and dates are read as the user
 * sees them, in Europe/Stockholm.
 *
 * The sites round down ("2 tim" is 2 to 3 hours ago, "1 year ago" 1 to 2 years), so a time is
 * an interval: `latest` is what the text says, `earliest` the oldest moment it still allows.
 */
import { fromStockholmWallClock, stockholmDate, weekday, type CivilDate } from '../calendar/rules';

export interface ShownTime {
  /** The oldest moment the text allows. */
  earliest: Date;
  /** The newest moment the text allows, never after `now`. */
  latest: Date;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Unit words and abbreviations: Facebook ("2h", "2 tim", "3 d", "1 v", "1w", "5 mins"),
 * Instagram ("5w", "3 d"), YouTube and Studio ("för 3 dagar sedan", "3 days ago"). Months and
 * years are approximate (30 and 365 days): YouTube's "1 month ago" is no sharper than that.
 * "m" is a minute, as Facebook and Instagram use it in English; no site writes months so.
 */
const UNITS: Record<string, number> = {};
const unit = (ms: number, ...words: string[]) => words.forEach((w) => (UNITS[w] = ms));
unit(SECOND, 's', 'sec', 'secs', 'second', 'seconds', 'sek', 'sekund', 'sekunder');
unit(MINUTE, 'm', 'min', 'mins', 'minute', 'minutes', 'minut', 'minuter');
unit(HOUR, 'h', 'hr', 'hrs', 'hour', 'hours', 'tim', 'timme', 'timmar');
unit(DAY, 'd', 'day', 'days', 'dag', 'dagar', 'dygn');
unit(7 * DAY, 'w', 'wk', 'wks', 'week', 'weeks', 'v', 'vecka', 'veckor');
unit(30 * DAY, 'mo', 'mos', 'month', 'months', 'mån', 'månad', 'månader');
unit(365 * DAY, 'y', 'yr', 'yrs', 'year', 'years', 'å', 'år');

const ONE = new Set(['en', 'ett', 'a', 'an', 'one']);

const MONTHS: Record<string, number> = {};
for (const [m, ...names] of [
  [1, 'januari', 'january', 'jan'],
  [2, 'februari', 'february', 'feb'],
  [3, 'mars', 'march', 'mar'],
  [4, 'april', 'apr'],
  [5, 'maj', 'may'],
  [6, 'juni', 'june', 'jun'],
  [7, 'juli', 'july', 'jul'],
  [8, 'augusti', 'august', 'aug'],
  [9, 'september', 'sept', 'sep'],
  [10, 'oktober', 'october', 'okt', 'oct'],
  [11, 'november', 'nov'],
  [12, 'december', 'dec'],
] as const) {
  for (const name of names) MONTHS[name] = m;
}

/** Sunday = 0, as Date.getUTCDay(). */
const WEEKDAYS: Record<string, number> = {};
for (const [d, ...names] of [
  [0, 'söndag', 'sunday', 'sön', 'sun'],
  [1, 'måndag', 'monday', 'mån', 'mon'],
  [2, 'tisdag', 'tuesday', 'tis', 'tue', 'tues'],
  [3, 'onsdag', 'wednesday', 'ons', 'wed'],
  [4, 'torsdag', 'thursday', 'tor', 'tors', 'thu', 'thur', 'thurs'],
  [5, 'fredag', 'friday', 'fre', 'fri'],
  [6, 'lördag', 'saturday', 'lör', 'sat'],
] as const) {
  for (const name of names) WEEKDAYS[name] = d;
}

// A clock time after a date: "kl. 14:05", "klockan 14.05", "at 2:05 PM".
const TIME = String.raw`(?:,?\s+(?:kl\.?|klockan|at)\s*(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?)?`;
const JUST_NOW = /^(?:just nu|alldeles nyss|nyss|nu|just now|now)$/;
const RELATIVE = /^(?:för\s+|för ungefär\s+|cirka\s+|ca\.?\s+|about\s+)?(\d{1,4}|en|ett|an?|one)\s*([a-zåäö]+)\.?(?:\s+(?:sedan|ago))?$/;
const YESTERDAY = new RegExp(String.raw`^(?:i\s*går|yesterday)${TIME}$`);
const WEEKDAY = new RegExp(String.raw`^([a-zåäö]+)\.?${TIME}$`);
const DAY_MONTH = new RegExp(String.raw`^(?:den\s+)?(\d{1,2})\.?\s+([a-zåäö]+)\.?(?:,?\s+(\d{4}))?${TIME}$`);
const MONTH_DAY = new RegExp(String.raw`^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?${TIME}$`);
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:\s+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2}))?$`);

/** Lower case, one kind of space, without the sites' "edited" marks and direction marks. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u200e\u200f\u2066-\u2069]/g, '')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .replace(/\(\s*(?:redigerad|redigerat|edited)\s*\)/g, '')
    .replace(/\s*[·•]\s*(?:redigerad|redigerat|edited)\s*$/, '')
    .replace(/^[\s·•]+|[\s·•]+$/g, '')
    .trim();
}

function civilShift(c: CivilDate, days: number): CivilDate {
  const u = new Date(Date.UTC(c.year, c.month - 1, c.day + days));
  return { year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const u = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && u.getUTCMonth() === month - 1 && u.getUTCDate() === day;
}

/** 24-hour clock from "2", "05", "p" (or none); null when it is no clock time. */
function clock(h: string | undefined, m: string | undefined, ampm: string | undefined): { hour: number; minute: number } | null | undefined {
  if (h === undefined || m === undefined) return undefined;
  let hour = Number(h);
  const minute = Number(m);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/** A Stockholm calendar day, or one minute of it when the page named the time. */
function dayInterval(c: CivilDate, time: { hour: number; minute: number } | null | undefined, now: Date): ShownTime | null {
  if (time === null) return null;
  const start = fromStockholmWallClock({ ...c, hour: time?.hour ?? 0, minute: time?.minute ?? 0, second: 0, millisecond: 0 });
  const end = time ? new Date(start.getTime() + MINUTE - 1) : new Date(fromStockholmWallClock({ ...civilShift(c, 1), hour: 0, minute: 0, second: 0, millisecond: 0 }).getTime() - 1);
  if (start.getTime() > now.getTime()) return null;
  return { earliest: start, latest: end.getTime() > now.getTime() ? new Date(now.getTime()) : end };
}

/**
 * Reads a time as a site shows it; null for anything it does not recognise (never a guess).
 * A date without a year is the latest such date not after today.
 */
export function parseShownTime(text: string, now: Date): ShownTime | null {
  if (typeof text !== 'string' || text.length > 100 || Number.isNaN(now.getTime())) return null;
  const s = normalise(text);
  if (!s) return null;
  const t = now.getTime();
  if (JUST_NOW.test(s)) return { earliest: new Date(t - MINUTE), latest: new Date(t) };

  let m = RELATIVE.exec(s);
  if (m) {
    const size = UNITS[m[2]!];
    if (size !== undefined) {
      const n = ONE.has(m[1]!) ? 1 : Number(m[1]);
      return { earliest: new Date(t - (n + 1) * size), latest: new Date(t - n * size) };
    }
  }

  const today = stockholmDate(now);
  m = YESTERDAY.exec(s);
  if (m) return dayInterval(civilShift(today, -1), clock(m[1], m[2], m[3]), now);

  m = WEEKDAY.exec(s);
  if (m && WEEKDAYS[m[1]!] !== undefined) {
    // "tisdag kl. 15:15": the last such day before today (today itself is shown in hours).
    const back = (weekday(today) - WEEKDAYS[m[1]!]! + 7) % 7 || 7;
    return dayInterval(civilShift(today, -back), clock(m[2], m[3], m[4]), now);
  }

  let day: number | undefined;
  let month: number | undefined;
  let year: string | undefined;
  let time: ReturnType<typeof clock>;
  if ((m = DAY_MONTH.exec(s)) && MONTHS[m[2]!]) {
    [day, month, year, time] = [Number(m[1]), MONTHS[m[2]!], m[3], clock(m[4], m[5], m[6])];
  } else if ((m = MONTH_DAY.exec(s)) && MONTHS[m[1]!]) {
    [day, month, year, time] = [Number(m[2]), MONTHS[m[1]!], m[3], clock(m[4], m[5], m[6])];
  } else if ((m = ISO_DATE.exec(s))) {
    [day, month, year, time] = [Number(m[3]), Number(m[2]), m[1], clock(m[4], m[5], undefined)];
  }
  if (day === undefined || month === undefined) return null;
  let y = year ? Number(year) : today.year;
  // Without a year the page means the last such date: "12 mars" seen in February is last year's.
  if (!year && (month > today.month || (month === today.month && day > today.day))) y -= 1;
  if (!isRealDate(y, month, day)) return null;
  return dayInterval({ year: y, month, day }, time, now);
}

/** Earliest time accepted as a comment's: before the sites existed a time was misread. */
export const OLDEST_PLAUSIBLE = Date.UTC(2004, 0, 1);

/**
 * The newest moment an item can have been published: its exact time where the page gives one
 * (Instagram's time[datetime]), else the newest its shown text allows. Null when neither is
 * readable or the result is implausible (before 2004, or after `now` by more than a minute of
 * clock skew).
 */
export function latestPublishedTime(reading: { publishedAt?: string; publishedText?: string }, now: Date): Date | null {
  let at: number | undefined;
  if (reading.publishedAt) {
    const exact = Date.parse(reading.publishedAt);
    if (!Number.isNaN(exact)) at = exact;
  }
  if (at === undefined && reading.publishedText) at = parseShownTime(reading.publishedText, now)?.latest.getTime();
  if (at === undefined || Number.isNaN(at) || at < OLDEST_PLAUSIBLE || at > now.getTime() + MINUTE) return null;
  return new Date(Math.min(at, now.getTime()));
}
