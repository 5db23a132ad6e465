import { deadlineStatus } from '../workdays';

/** The fields of a record the badge looks at (a subset of lib/records CaptureRecord). */
export interface DeadlineRecord {
  category?: string;
  dueAt?: string;
  status?: string;
}

/**
 * Statuses after which a question no longer waits for an answer from us. Only disposal ends it:
 * a forwarded or registered question still needs its answer published (Bilaga 1).
 */
const CLOSED_STATUSES: ReadonlySet<string> = new Set(['disposed']);

/** Captured questions whose answer is due today (Stockholm) or overdue at `now`. */
export function countDueQuestions(records: Iterable<DeadlineRecord>, now: Date): number {
  let count = 0;
  for (const r of records) {
    if (r.category !== 'question' || !r.dueAt || (r.status && CLOSED_STATUSES.has(r.status))) continue;
    const due = new Date(r.dueAt);
    if (Number.isNaN(due.getTime())) continue;
    if (deadlineStatus(due, now) !== 'upcoming') count++;
  }
  return count;
}

/** The toolbar badge: the count, or nothing at all when nothing is due (a "0" would be noise). */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
