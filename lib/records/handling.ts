import { auditEntry, type Actor, type HandlingField } from './audit';
import type { RecordsDb } from './db';
import { committing, putWithAudit, RecordNotFound, TransitionRefused } from './repository';
import type { CaptureRecord, RecordAction, RecordStatus } from './schema';
import { checkTransition, type TransitionError } from './statuses';
import type { CategoryId } from '../guide/schema';

/** Everything the one handling form decides about a record (issue 18, point 4). */
export interface HandlingInput {
  status: RecordStatus;
  removalReasons: readonly string[];
  action?: RecordAction;
  category?: CategoryId;
  notes?: string;
  /** Only used when the record is, or becomes, registered; a different number is a correction. */
  diarienummer?: string;
}

/**
 * The §3 reasons to pre-tick for a record not yet handled: the guide's removal reasons that
 * suggest() flagged when the item was captured (the flags are stored with the record).
 * A personal identity number is offensive personal data (§3.5), as in suggest().
 */
export function suggestedRemovalReasons(flags: readonly string[] | undefined, reasonIds: readonly string[]): string[] {
  const hit = new Set((flags ?? []).map((f) => (f === 'personal-identity-number' ? 'offensive-personal-data' : f)));
  return reasonIds.filter((id) => hit.has(id));
}

const clean = (s: string | undefined) => s?.trim() || undefined;

/**
 * Saves the handling form: status, reasons, action, category, notes and diarienummer, as one
 * change with one audit entry, all or nothing. A removed record must keep at least one reason;
 * a registered one a diarienummer. Changing the number of a registered record is a correction:
 * the entry keeps the old and the new number, earlier entries are never touched.
 * Returns false when nothing changed (and nothing was written).
 */
export async function saveHandling(db: RecordsDb, id: string, input: HandlingInput, actor: Actor): Promise<boolean> {
  return committing(db, [db.records, db.audit], async (events) => {
    const r = await db.records.get(id);
    if (!r) throw new RecordNotFound([id]);
    const status = input.status;
    const registered = status === 'registered';
    const dnr = registered ? (clean(input.diarienummer) ?? r.diarienummer) : r.diarienummer;
    const refuse = (error: TransitionError) => {
      throw new TransitionRefused([{ recordId: id, error }]);
    };
    if (status !== r.status) {
      const error = checkTransition(r.status, status, { ...(dnr ? { diarienummer: dnr } : {}), removalReasons: input.removalReasons });
      if (error) refuse(error);
    } else {
      // Staying put still keeps the rules: no reasonless removal, no registered record without a number.
      const rule = status === 'removed-from-site' ? checkTransition('captured', status, { removalReasons: input.removalReasons }) : registered && !dnr ? checkTransition('captured', status, {}) : null;
      if (rule) refuse({ ...rule, from: r.status });
    }

    const next: CaptureRecord = { ...r, status };
    const set = <K extends 'removalReasons' | 'action' | 'category' | 'notes' | 'diarienummer'>(key: K, value: CaptureRecord[K] | undefined) => {
      if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
      else next[key] = value;
    };
    set('removalReasons', [...input.removalReasons]);
    set('action', input.action);
    set('category', input.category);
    set('notes', clean(input.notes));
    set('diarienummer', dnr);

    const changed = (['removalReasons', 'action', 'category', 'notes'] as const satisfies readonly HandlingField[]).filter((k) => JSON.stringify(r[k]) !== JSON.stringify(next[k]));
    const dnrChange = next.diarienummer !== r.diarienummer && next.diarienummer ? { ...(r.diarienummer ? { from: r.diarienummer } : {}), to: next.diarienummer } : undefined;
    if (status === r.status && changed.length === 0 && !dnrChange) return false;

    await putWithAudit(
      db,
      events,
      next,
      auditEntry(id, r.status, status, actor, {
        changed,
        ...(dnrChange ? { dnr: dnrChange } : {}),
        // The note's new wording goes into the trail too, so an overwritten note is not lost.
        ...(changed.includes('notes') && next.notes ? { note: next.notes } : {}),
      }),
    );
    return true;
  });
}

/** The fields the form must ask for before it may save, in the form's order; empty when none. */
export function missingHandlingFields(input: Pick<HandlingInput, 'status' | 'removalReasons' | 'diarienummer'>): ('reasons' | 'dnr')[] {
  const missing: ('reasons' | 'dnr')[] = [];
  if (input.status === 'removed-from-site' && input.removalReasons.length === 0) missing.push('reasons');
  if (input.status === 'registered' && !clean(input.diarienummer)) missing.push('dnr');
  return missing;
}

/**
 * What the user must confirm before saving: registering (final: the status cannot go back),
 * or correcting the diarienummer of a registered record. Undefined when nothing needs it.
 */
export function handlingConfirmation(record: Pick<CaptureRecord, 'status' | 'diarienummer'>, input: Pick<HandlingInput, 'status' | 'diarienummer'>): { kind: 'register'; dnr: string } | { kind: 'correct'; from: string; to: string } | undefined {
  const dnr = clean(input.diarienummer);
  if (input.status !== 'registered' || !dnr) return undefined;
  if (record.status !== 'registered') return { kind: 'register', dnr };
  if (record.diarienummer && record.diarienummer !== dnr) return { kind: 'correct', from: record.diarienummer, to: dnr };
  return undefined;
}
