/** The time in an exported file's name: compact UTC, sortable, no characters a file system refuses ("20260310-121500"). */
export function fileStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** The day in a file's name, for files made at most once a day ("2026-03-10", UTC as fileStamp). */
export function fileDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
