import { storage } from '#imports';
import { z } from 'zod';
import { createWorkdays, type NonWorkingDates, type Workdays } from './rules';

/**
 * Sweden's non-working dates as a small table, written by the background from date-holidays
 * (lib/workdays.ts) and read by the overlay, where loading date-holidays (about 1 MB with its
 * parser's calendars and time-zone data) on every Facebook tab would cost more than it gives.
 */
const TableSchema = z.record(z.string().regex(/^\d{4}$/), z.array(z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string().max(100)])).max(40));
export type HolidayTable = z.infer<typeof TableSchema>;

const item = storage.defineItem<unknown>('local:nonWorkingDays', { fallback: {}, version: 1 });

/** The table for `years`, from a source of non-working dates. */
export function holidayTable(years: number[], source: NonWorkingDates): HolidayTable {
  return Object.fromEntries(years.map((y) => [String(y), [...source(y)]]));
}

export async function saveHolidayTable(table: HolidayTable): Promise<void> {
  await item.setValue(table);
}

/** Working days from the table; a year it does not hold throws, so no deadline is ever guessed. */
export function workdaysFromTable(table: HolidayTable): Workdays {
  const maps = new Map(Object.entries(table).map(([y, dates]) => [Number(y), new Map(dates)]));
  return createWorkdays((year) => {
    const dates = maps.get(year);
    if (!dates) throw new RangeError(`No holiday table for ${year}`);
    return dates;
  });
}

/** The stored table (repaired on read: an invalid table is empty), and its changes. */
export async function loadHolidayTable(): Promise<HolidayTable> {
  const parsed = TableSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : {};
}

export function watchHolidayTable(callback: (table: HolidayTable) => void): () => void {
  return item.watch((value) => {
    const parsed = TableSchema.safeParse(value);
    callback(parsed.success ? parsed.data : {});
  });
}
