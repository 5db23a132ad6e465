import type { CategoryId } from '../guide/schema';
import { deadlineStatus, type DeadlineStatus, type Workdays } from '../calendar/rules';

/** Only the deadline is needed; the overlay's Workdays come from a table (lib/calendar/table.ts). */
type Deadlines = Pick<Workdays, 'answerDeadline'>;

export interface Classification {
  category: CategoryId;
  flags: string[];
  /** ISO 8601; only for questions (§3.2: answer within one working day). */
  dueAt?: string;
}

/**
 * When the comment counts as received: its exact publication time where the site gives one,
 * else now (most sites show only "2 tim"; counting from now never makes a deadline look
 * earlier than it is).
 */
export function receivedAt(publishedAt: string | undefined, now: Date): { at: Date; exact: boolean } {
  if (publishedAt) {
    const d = new Date(publishedAt);
    if (!Number.isNaN(d.getTime()) && d.getTime() <= now.getTime()) return { at: d, exact: true };
  }
  return { at: now, exact: false };
}

/** When a question must be answered, or undefined for the other categories. */
export function dueDateFor(wd: Deadlines, category: CategoryId | null, publishedAt: string | undefined, now: Date): Date | undefined {
  return category === 'question' ? wd.answerDeadline(receivedAt(publishedAt, now).at) : undefined;
}

/** What the overlay shows for a question: when it is due, whether that is overdue, and whether the time is exact. */
export function questionDeadline(wd: Deadlines, publishedAt: string | undefined, now: Date): { due: Date; status: DeadlineStatus; exact: boolean } {
  const received = receivedAt(publishedAt, now);
  const due = wd.answerDeadline(received.at);
  return { due, status: deadlineStatus(due, now), exact: received.exact };
}

/** What the capture stores about the category the user confirmed. */
export function classificationFor(wd: Deadlines, category: CategoryId, flags: readonly string[], publishedAt: string | undefined, now: Date): Classification {
  const due = dueDateFor(wd, category, publishedAt, now);
  return { category, flags: [...flags], ...(due ? { dueAt: due.toISOString() } : {}) };
}
