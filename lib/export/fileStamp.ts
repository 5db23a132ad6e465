import { stockholmTime } from './stockholmTime';

/**
 * The time in an exported file's name: Stockholm time, as the UI and the records' own file names
 * show it, compact and sortable, with no character a file system refuses ("20260310-131500").
 */
export function fileStamp(d: Date): string {
  return stockholmTime(d).replace(/[-:]/g, '').replace(' ', '-');
}

/** The day in a file's name, for files made at most once a day: the Stockholm day ("2026-03-10"). */
export function fileDay(d: Date): string {
  return stockholmTime(d).slice(0, 10);
}
