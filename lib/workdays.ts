import Holidays from 'date-holidays';
import { createWorkdays, key, weekday, TIME_ZONE } from './calendar/rules';

/**
 * Working days and answer deadlines in Europe/Stockholm time (§3.2, Bilaga 1: "Svara inom en
 * arbetsdag"). Contract: DESIGN.md in the planning folder (README).
 *
 * Non-working days: Saturdays, Sundays, every holiday date-holidays types 'public' for SE, and
 * the three eves treated as holidays: midsommarafton, julafton, nyårsafton. date-holidays 3.37
 * types those three as 'bank' (the only 'bank' days for SE); we compute them here ourselves
 * rather than trusting the 'bank' type, which the package could widen. Half days it types
 * 'optional' (trettondagsafton, valborgsmässoafton, allhelgonaafton) and 'observance' days
 * (e.g. annandag pingst, no longer a holiday since 2005) are working days.
 */
export { deadlineStatus, fromStockholmWallClock, stockholmDate, TIME_ZONE } from './calendar/rules';
export type { CivilDate, DeadlineStatus, Workdays } from './calendar/rules';

const holidays = new Holidays('SE', { languages: ['sv'], timezone: TIME_ZONE });
const nonWorkingByYear = new Map<number, Map<string, string>>();

/** Non-working dates of a year other than weekends, keyed YYYY-MM-DD, with their Swedish names. */
export function nonWorkingDates(year: number): ReadonlyMap<string, string> {
  const cached = nonWorkingByYear.get(year);
  if (cached) return cached;
  const days = new Map<string, string>();
  for (const h of holidays.getHolidays(year)) {
    if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
  }
  // Midsommarafton is the Friday between 19 and 25 June.
  for (let day = 19; day <= 25; day++) {
    const c = { year, month: 6, day };
    if (weekday(c) === 5) days.set(key(c), 'midsommarafton');
  }
  days.set(key({ year, month: 12, day: 24 }), 'julafton');
  days.set(key({ year, month: 12, day: 31 }), 'nyårsafton');
  nonWorkingByYear.set(year, days);
  return days;
}

export const workdays = createWorkdays(nonWorkingDates);
export const { isWorkingDay, addWorkingDays, answerDeadline } = workdays;
