import { isWorkingDay } from '../workdays';
import type { Channel } from './schema';
import type { ReminderSettings } from './reminder-settings';

/** A channel with what the records say about it. */
export interface ChannelFacts {
  channel: Channel;
  /** Newest full-page screenshot of the channel (ISO), if any. */
  lastScreenshotAt?: string;
  /** Newest sign of life: a new comment seen by the overlay, or any capture there (ISO). */
  lastActivityAt?: string;
}

export interface ChannelReminder {
  channelId: string;
  /** The next screenshot is due (none yet, or the last is older than the setting). */
  due: boolean;
  /** When the next screenshot falls (or fell) due. */
  dueAt: Date;
  /** No activity for longer than the setting allows. */
  quiet: boolean;
  /** A day to take the next screenshot (YYYY-MM-DD, Stockholm): a working day, mid-term, away from summer and Christmas. */
  suggested: string;
}

const DAY = 86_400_000;

/** Calendar months later, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() + months);
  const last = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate();
  r.setUTCDate(Math.min(day, last));
  return r;
}

const ymd = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The calendar date in Stockholm, as YYYY-MM-DD. */
export function stockholmDay(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/**
 * Summer (15 June–15 August) and Christmas (15 December–7 January), when staff are away and
 * pages are quiet (Malmö's handbook: screenshots mid-term, not in summer or at Christmas).
 * Returns the first day after the blocked period, or null when `day` is not in one.
 */
export function blockedUntil(day: string): string | null {
  const y = Number(day.slice(0, 4));
  const md = day.slice(5);
  if (md >= '06-15' && md <= '08-15') return ymd(y, 8, 16);
  if (md >= '12-15') return ymd(y + 1, 1, 8);
  if (md <= '01-07') return ymd(y, 1, 8);
  return null;
}

/** Mid-term days: 15 March (spring term) and 15 October (autumn term). */
const MID_TERMS = [
  [3, 15],
  [10, 15],
] as const;

/** Noon UTC is the same calendar day in Stockholm (UTC+1 or +2), whatever the season. */
const noonOf = (day: string) => new Date(`${day}T12:00:00Z`);

function shiftDay(day: string, days: number): string {
  const d = noonOf(day);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first working day on or after `day` that is not in summer or Christmas. */
function workingDayFrom(day: string): string {
  let d = day;
  // A year holds far fewer than 400 days off in a row: the bound only guards against a broken calendar.
  for (let i = 0; i < 400; i++) {
    const after = blockedUntil(d);
    if (after) d = after;
    else if (!isWorkingDay(noonOf(d))) d = shiftDay(d, 1);
    else return d;
  }
  return day;
}

/**
 * The working day nearest a candidate, never before today: the last one on or before it (early
 * rather than late, and so not into a summer or Christmas that follows), else, when today or a
 * summer or Christmas comes first going back, the first working day after it.
 */
function toWorkingDay(candidate: string, today: string): string {
  for (let d = candidate; d >= today && !blockedUntil(d); d = shiftDay(d, -1)) {
    if (isWorkingDay(noonOf(d))) return d;
  }
  return workingDayFrom(candidate >= today ? candidate : today);
}

/**
 * The day to suggest for the next screenshot, always a Swedish working day (not a weekend, a
 * public holiday or midsommar-, jul- or nyårsafton: lib/workdays.ts). Already due: today, or
 * the first working day after summer or Christmas if today is in one. Not yet due: the latest
 * mid-term day between today and the due day (early rather than late); when there is none, the
 * due day itself, moved to just before a summer or Christmas it falls in. A day off moves the
 * suggestion to the working day before it, or after it when none is left between today and it.
 */
export function suggestDate(dueAt: Date, now: Date): string {
  const today = stockholmDay(now);
  const due = stockholmDay(dueAt);
  if (due <= today) return workingDayFrom(today);
  let best: string | null = null;
  for (let y = Number(today.slice(0, 4)); y <= Number(due.slice(0, 4)); y++) {
    for (const [m, d] of MID_TERMS) {
      const candidate = ymd(y, m, d);
      if (candidate >= today && candidate <= due && (best === null || candidate > best)) best = candidate;
    }
  }
  if (best) return toWorkingDay(best, today);
  const y = Number(due.slice(0, 4));
  const md = due.slice(5);
  let candidate = due;
  if (md >= '06-15' && md <= '08-15') candidate = ymd(y, 6, 14);
  else if (md >= '12-15') candidate = ymd(y, 12, 14);
  else if (md <= '01-07') candidate = ymd(y - 1, 12, 14);
  return candidate >= today ? toWorkingDay(candidate, today) : workingDayFrom(today);
}

/** Days without activity before a channel counts as quiet: blogs by their own rule (§4). */
export function quietLimitDays(channel: Channel, settings: ReminderSettings): number {
  return channel.platform === 'blog' ? settings.blogQuietDays : settings.quietDays;
}

/** Pure: each channel's reminder at `now`. A channel without any screenshot is due at once. */
export function channelReminders(facts: readonly ChannelFacts[], settings: ReminderSettings, now: Date): ChannelReminder[] {
  return facts.map(({ channel, lastScreenshotAt, lastActivityAt }) => {
    const dueAt = lastScreenshotAt ? addMonths(new Date(lastScreenshotAt), settings.screenshotMonths) : new Date(channel.createdAt);
    const since = new Date(lastActivityAt ?? channel.createdAt);
    const quiet = now.getTime() - since.getTime() >= quietLimitDays(channel, settings) * DAY;
    return { channelId: channel.id, due: !lastScreenshotAt || dueAt.getTime() <= now.getTime(), dueAt, quiet, suggested: suggestDate(dueAt, now) };
  });
}

/** How many channels need attention (due or quiet), each counted once: the badge's share. */
export function attentionCount(reminders: readonly ChannelReminder[]): number {
  return reminders.filter((r) => r.due || r.quiet).length;
}
