/** The time in an exported file's name: compact UTC, sortable, no characters a file system refuses ("20260310-121500"). */
export function fileStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}
