import { useEffect, useMemo, useState } from 'react';
import { loadHolidayTable, watchHolidayTable, workdaysFromTable, type HolidayTable } from '../../lib/calendar/table';
import type { Workdays } from '../../lib/calendar/rules';

/** The overlay's working days, from the table the background keeps in storage. */
export function useHolidayTable(): Workdays | undefined {
  const [table, setTable] = useState<HolidayTable>();
  useEffect(() => {
    let alive = true;
    void loadHolidayTable().then((t) => alive && setTable(t));
    const unwatch = watchHolidayTable(setTable);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return useMemo(() => (table && Object.keys(table).length > 0 ? workdaysFromTable(table) : undefined), [table]);
}
