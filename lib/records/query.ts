import type { CategoryId } from '../guide/schema';
import type { PlatformId } from '../platforms/types';
import type { RecordsDb } from './db';
import type { CaptureRecord, RecordStatus } from './schema';

/** The queue's filters; an empty field does not filter. Dates are YYYY-MM-DD, Stockholm days. */
export interface RecordFilter {
  status?: RecordStatus | '';
  platform?: PlatformId | '';
  category?: CategoryId | 'none' | '';
  from?: string;
  to?: string;
  overdue?: boolean;
  search?: string;
}

const OPEN: readonly RecordStatus[] = ['captured', 'removed-from-site'];

/** Start of a Stockholm calendar day as an instant (handles summer time by asking Intl). */
export function stockholmDayStart(day: string): Date {
  const guess = new Date(`${day}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' }).format(guess);
  return new Date(guess.getTime() - Number(parts) * 3_600_000);
}

/** Overdue: an answer was due, the time has passed, and nothing has been done with it yet. */
export function isOverdue(r: CaptureRecord, now: Date): boolean {
  return r.dueAt !== undefined && Date.parse(r.dueAt) < now.getTime() && OPEN.includes(r.status);
}

// capturedAt is always toISOString() (UTC, 'Z'), so ISO strings compare as instants.

/** A predicate for the filters, built once per filter so searching 10,000 rows stays cheap. */
export function recordMatcher(filter: RecordFilter, now: Date): (r: CaptureRecord) => boolean {
  const needle = filter.search?.trim().toLocaleLowerCase('sv') ?? '';
  const from = filter.from ? stockholmDayStart(filter.from).toISOString() : undefined;
  const to = filter.to ? stockholmDayStart(nextDay(filter.to)).toISOString() : undefined;
  return (r) => {
    if (filter.status && r.status !== filter.status) return false;
    if (filter.platform && r.platform !== filter.platform) return false;
    if (filter.category === 'none' ? r.category !== undefined : filter.category && r.category !== filter.category) return false;
    if (from && r.capturedAt < from) return false;
    if (to && r.capturedAt >= to) return false;
    if (filter.overdue && !isOverdue(r, now)) return false;
    if (needle && !r.author.toLocaleLowerCase('sv').includes(needle) && !r.text.toLocaleLowerCase('sv').includes(needle)) return false;
    return true;
  };
}

/** The calendar day after YYYY-MM-DD. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The queue's rows, newest first. The most selective indexed filter (status, else platform)
 * narrows in IndexedDB; the rest is one pass in memory. Screenshots are never read here.
 */
export async function queryRecords(db: RecordsDb, filter: RecordFilter, now: Date): Promise<CaptureRecord[]> {
  const base = filter.status
    ? db.records.where('status').equals(filter.status)
    : filter.platform
      ? db.records.where('platform').equals(filter.platform)
      : filter.category && filter.category !== 'none'
        ? db.records.where('category').equals(filter.category)
        : undefined;
  const rows = base ? await base.toArray() : await db.records.orderBy('capturedAt').reverse().toArray();
  const match = recordMatcher(filter, now);
  const out = rows.filter(match);
  if (base) out.sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : 0));
  return out;
}
