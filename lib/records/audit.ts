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

/** Handling fields by name, for audit lines read by people. */
export const HANDLING_FIELD_WORDS: Record<'sv' | 'en', Record<string, string>> = {
  sv: {
    removalReasons: 'skäl för borttagning',
    action: 'åtgärd',
    notes: 'anteckning',
    category: 'kategori',
    diarienummer: 'diarienummer',
    status: 'status',
    flags: 'upptäckta kännetecken',
    dueAt: 'svara senast',
  },
  en: {
    removalReasons: 'reasons for removal',
    action: 'action',
    notes: 'note',
    category: 'category',
    diarienummer: 'registration number',
    status: 'status',
    flags: 'detected signs',
    dueAt: 'answer by',
  },
};

const CHANGED = /^(Ändrat|Changed): ([A-Za-z]+(?:, [A-Za-z]+)*)$/;

/**
 * An audit note in words: entries stored as "Ändrat: removalReasons, notes" (field names) read
 * "Ändrat: skäl för borttagning, anteckning". Any other note is the user's own text, unchanged.
 */
export function auditNoteInWords(note: string, lang: 'sv' | 'en' = 'sv'): string {
  const m = CHANGED.exec(note);
  const words = HANDLING_FIELD_WORDS[lang];
  if (!m || !m[2]!.split(', ').every((f) => f in words)) return note;
  const fields = m[2]!.split(', ').map((f) => words[f]!);
  return `${lang === 'sv' ? 'Ändrat' : 'Changed'}: ${fields.join(', ')}`;
}
