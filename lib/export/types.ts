import type { AuditEntry, CaptureRecord, Profile } from '../records/schema';

/**
 * Where an export gets a record's screenshot bytes: a map for small exports, or a loader so a
 * large package can read one screenshot at a time from the store instead of holding them all.
 */
export type ScreenshotSource =
  | ReadonlyMap<string, Uint8Array>
  | ((recordId: string) => Promise<Uint8Array | undefined> | Uint8Array | undefined);

/** What every export is a pure function of. */
export interface ExportInput {
  records: readonly CaptureRecord[];
  /** Audit entries of these records (entries of other records are ignored). */
  audit: readonly AuditEntry[];
  /** The administrator making the export. */
  exportedBy: Profile;
  /** The clock value: when the export was made. Exports never read the clock themselves. */
  exportedAt: Date;
}

export async function screenshotBytes(source: ScreenshotSource | undefined, recordId: string): Promise<Uint8Array | undefined> {
  if (source === undefined) return undefined;
  if (typeof source === 'function') return await source(recordId);
  return source.get(recordId);
}

/** A record's audit entries in order (by seq where present, then time), for that record alone. */
export function auditOf(audit: readonly AuditEntry[], recordId: string): AuditEntry[] {
  return audit
    .filter((entry) => entry.recordId === recordId)
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || a.at.localeCompare(b.at));
}

/** auditOf for many records: the entries grouped once, so a large export does not scan them all per record. */
export function auditIndex(audit: readonly AuditEntry[]): (recordId: string) => AuditEntry[] {
  const byRecord = new Map<string, AuditEntry[]>();
  for (const entry of audit) {
    const list = byRecord.get(entry.recordId);
    if (list) list.push(entry);
    else byRecord.set(entry.recordId, [entry]);
  }
  for (const list of byRecord.values()) list.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || a.at.localeCompare(b.at));
  return (recordId) => byRecord.get(recordId) ?? [];
}
