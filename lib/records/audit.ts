import type { RecordsDb } from './db';
import type { AuditEntry, RecordStatus } from './schema';

/** Who did a change and when; `by` is the profile name, as on captures. */
export interface Actor {
  by: string;
  now: Date;
}

/** An audit entry; `from` equals `to` when only the handling (notes, reasons, Dnr) changed. */
export function auditEntry(recordId: string, from: RecordStatus | null, to: RecordStatus, actor: Actor, note?: string): AuditEntry {
  const entry: AuditEntry = { recordId, at: actor.now.toISOString(), by: actor.by, from, to };
  if (note !== undefined && note.trim() !== '') entry.note = note.trim().slice(0, 10_000);
  return entry;
}

/** One record's trail, oldest first (seq is the insertion order). */
export function auditTrail(db: RecordsDb, recordId: string): Promise<AuditEntry[]> {
  return db.audit.where('recordId').equals(recordId).sortBy('seq');
}
