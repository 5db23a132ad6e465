import type { RecordsDb } from './db';
import type { AuditEntry, RecordStatus } from './schema';

/** Who did a change and when; `by` is the profile name, as on captures. */
export interface Actor {
  by: string;
  now: Date;
}

/** The handling fields an audit entry may name as changed; words for them are in lib/i18n (`handling.field.*`). */
export const HANDLING_FIELDS = ['removalReasons', 'action', 'category', 'notes', 'diarienummer'] as const;
export type HandlingField = (typeof HANDLING_FIELDS)[number];

/** What an entry records besides the status move: structured, so each reader words it in its own language. */
export interface AuditDetail {
  note?: string;
  changed?: readonly HandlingField[];
  dnr?: { from?: string; to: string };
  exported?: string;
}

/** An audit entry; `from` equals `to` when only the handling (notes, reasons, Dnr) changed. */
export function auditEntry(recordId: string, from: RecordStatus | null, to: RecordStatus, actor: Actor, detail: string | AuditDetail = {}): AuditEntry {
  const d: AuditDetail = typeof detail === 'string' ? { note: detail } : detail;
  const entry: AuditEntry = { recordId, at: actor.now.toISOString(), by: actor.by, from, to };
  if (d.note !== undefined && d.note.trim() !== '') entry.note = d.note.trim().slice(0, 10_000);
  if (d.changed && d.changed.length > 0) entry.changed = [...d.changed];
  if (d.dnr) entry.dnr = d.dnr.from ? { from: d.dnr.from, to: d.dnr.to } : { to: d.dnr.to };
  if (d.exported) entry.exported = d.exported;
  return entry;
}

/** One record's trail, oldest first (seq is the insertion order). */
export function auditTrail(db: RecordsDb, recordId: string): Promise<AuditEntry[]> {
  return db.audit.where('recordId').equals(recordId).sortBy('seq');
}
