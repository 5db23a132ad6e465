import { HANDLING_FIELDS, type HandlingField } from '../records/audit';
import type { AuditEntry } from '../records/schema';
import type { MessageKey, Translate } from '.';

/**
 * Entries written before the trail was structured kept their detail in the note, in Swedish
 * and with field ids ("Ändrat: removalReasons"). They are read, never rewritten, and worded
 * like new ones.
 */
function legacy(note: string | undefined): { detail: Pick<AuditEntry, 'changed' | 'dnr' | 'exported'>; rest?: string } | undefined {
  if (!note) return undefined;
  const changed = /^Ändrat: ([\w, ]+)$/.exec(note);
  if (changed) {
    const fields = changed[1]!.split(', ');
    if (fields.every((f) => (HANDLING_FIELDS as readonly string[]).includes(f))) return { detail: { changed: fields } };
  }
  const exported = /^Exporterad \(([^)]{1,50})\)$/.exec(note);
  if (exported) return { detail: { exported: exported[1]! } };
  const dnr = /^Diarienummer: (.+?)(?: → (.+?))?(?:\. (.*))?$/s.exec(note);
  if (dnr) {
    const [, a, b, rest] = dnr;
    return { detail: { dnr: b ? { from: a!, to: b } : { to: a! } }, ...(rest ? { rest } : {}) };
  }
  return undefined;
}

/** An entry in words, in the reader's language: the status move, then what changed. Its free note is separate. */
export function auditChangeText(entry: AuditEntry, t: Translate): { change: string; note: string } {
  const status = (s: string) => (t(`queue.status.${s}` as MessageKey) as string | undefined) ?? s;
  const old = entry.changed || entry.dnr || entry.exported ? undefined : legacy(entry.note);
  const d = old?.detail ?? entry;
  const parts: string[] = [];
  if (entry.from === null) parts.push(t('handling.audit.created', { to: status(entry.to) }));
  else if (entry.from !== entry.to) parts.push(t('handling.audit.status', { from: status(entry.from), to: status(entry.to) }));
  const fields = (d.changed ?? []).filter((f): f is HandlingField => (HANDLING_FIELDS as readonly string[]).includes(f));
  if (fields.length > 0) parts.push(t('handling.audit.changed', { fields: fields.map((f) => t(`handling.field.${f}`)).join(', ') }));
  if (d.dnr) parts.push(d.dnr.from ? t('handling.audit.dnrCorrected', { from: d.dnr.from, to: d.dnr.to }) : t('handling.audit.dnrSet', { to: d.dnr.to }));
  if (d.exported) parts.push(t('handling.audit.exported', { format: d.exported }));
  return { change: parts.join('. '), note: old ? (old.rest ?? '') : (entry.note ?? '') };
}
