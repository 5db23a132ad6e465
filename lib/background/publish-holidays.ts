import { nonWorkingDates } from '../workdays';
import { holidayTable, loadHolidayTable, saveHolidayTable } from '../calendar/table';

/** Background: keeps the overlay's table of non-working dates current (last year to two years ahead). */
export async function publishHolidayTable(now = new Date()): Promise<void> {
  const year = now.getFullYear();
  const table = holidayTable([year - 1, year, year + 1, year + 2], nonWorkingDates);
  // Written only when it changed: every write wakes the overlay on every open tab.
  if (JSON.stringify(await loadHolidayTable()) !== JSON.stringify(table)) await saveHolidayTable(table);
}
