import { announceCommitted, type CommitEvent } from './commit-events';
import type { Table } from 'dexie';
import type { RecordsDb } from './db';
import { auditEntry, type Actor } from './audit';
import type { AuditEntry, CaptureRecord, RecordStatus } from './schema';
import { checkTransition, type TransitionError } from './statuses';

/** Thrown when any record of a change may not make it; nothing was written. */
export class TransitionRefused extends Error {
  constructor(readonly refusals: { recordId: string; error: TransitionError }[]) {
    super(refusals.map((r) => `${r.recordId}: ${r.error.message}`).join('\n'));
    this.name = 'TransitionRefused';
  }
}

export class RecordNotFound extends Error {
  constructor(readonly recordIds: string[]) {
    super(`Posten finns inte: ${recordIds.join(', ')}`);
    this.name = 'RecordNotFound';
  }
}

/** Writes a record's new state and its audit line, and notes both for the copies outside the store. */
export async function putWithAudit(db: RecordsDb, events: CommitEvent[], record: CaptureRecord, entry: AuditEntry): Promise<void> {
  await db.records.put(record);
  const seq = await db.audit.add({ ...entry });
  events.push({ kind: 'changed', record, audit: { ...entry, seq } });
}

/** Runs a write transaction, then tells the copies outside the store what it committed. */
export async function committing<T>(db: RecordsDb, tables: Table[], write: (events: CommitEvent[]) => Promise<T>): Promise<T> {
  const events: CommitEvent[] = [];
  const result = await db.transaction('rw', tables, () => write(events));
  await announceCommitted(events);
  return result;
}

async function load(db: RecordsDb, ids: readonly string[]): Promise<CaptureRecord[]> {
  const rows = await db.records.bulkGet([...ids]);
  const missing = ids.filter((_, i) => rows[i] === undefined);
  if (missing.length > 0) throw new RecordNotFound(missing);
  return rows as CaptureRecord[];
}

/**
 * Changes the status of one or more records. All or nothing: every transition is checked
 * first, and the records and their audit entries are written in one transaction, so the trail
 * never misses a change and a refused bulk change leaves every record as it was.
 */
export async function changeStatus(
  db: RecordsDb,
  ids: readonly string[],
  to: RecordStatus,
  actor: Actor,
  opts: { note?: string; diarienummer?: string } = {},
): Promise<number> {
  return committing(db, [db.records, db.audit], async (events) => {
    const records = await load(db, ids);
    const refusals = records.flatMap((r) => {
      const error = checkTransition(r.status, to, { diarienummer: opts.diarienummer ?? r.diarienummer, removalReasons: r.removalReasons ?? [] });
      return error ? [{ recordId: r.id, error }] : [];
    });
    if (refusals.length > 0) throw new TransitionRefused(refusals);
    for (const r of records) {
      const next: CaptureRecord = { ...r, status: to };
      if (to === 'registered' && opts.diarienummer) next.diarienummer = opts.diarienummer.trim();
      const dnr = to === 'registered' && next.diarienummer ? { to: next.diarienummer } : undefined;
      await putWithAudit(db, events, next, auditEntry(r.id, r.status, to, actor, { ...(opts.note ? { note: opts.note } : {}), ...(dnr ? { dnr } : {}) }));
    }
    return records.length;
  });
}

export type HandlingPatch = Partial<Pick<CaptureRecord, 'removalReasons' | 'action' | 'notes' | 'category'>>;

/** Updates what the administrator decided (reasons, action, notes, category), with an audit line. */
export async function updateHandling(db: RecordsDb, id: string, patch: HandlingPatch, actor: Actor): Promise<void> {
  await committing(db, [db.records, db.audit], async (events) => {
    const [r] = await load(db, [id]);
    const next: CaptureRecord = { ...r!, ...patch };
    for (const key of Object.keys(patch) as (keyof HandlingPatch)[]) {
      const v = patch[key];
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[key];
    }
    const changed = (Object.keys(patch) as (keyof HandlingPatch)[]).filter((k) => JSON.stringify(r![k]) !== JSON.stringify(next[k]));
    if (changed.length > 0) await putWithAudit(db, events, next, auditEntry(id, r!.status, r!.status, actor, { changed }));
    else await db.records.put(next);
  });
}

/**
 * Records the registrar's diarienummer on each record: an unregistered record becomes
 * registered (if its status allows), a registered one gets the new number. All or nothing.
 */
export async function setDiarienummer(db: RecordsDb, entries: readonly { id: string; diarienummer: string }[], actor: Actor): Promise<number> {
  return committing(db, [db.records, db.audit], async (events) => {
    const records = await load(db, entries.map((e) => e.id));
    const refusals: { recordId: string; error: TransitionError }[] = [];
    records.forEach((r, i) => {
      const dnr = entries[i]!.diarienummer;
      if (r.status === 'registered' && dnr.trim()) return;
      const error = checkTransition(r.status, 'registered', { diarienummer: dnr });
      if (error) refusals.push({ recordId: r.id, error });
    });
    if (refusals.length > 0) throw new TransitionRefused(refusals);
    for (const [i, r] of records.entries()) {
      const dnr = entries[i]!.diarienummer.trim();
      if (r.status === 'registered' && r.diarienummer === dnr) continue;
      await putWithAudit(db, events, { ...r, status: 'registered', diarienummer: dnr }, auditEntry(r.id, r.status, 'registered', actor, { dnr: r.diarienummer ? { from: r.diarienummer, to: dnr } : { to: dnr } }));
    }
    return records.length;
  });
}

/** Notes that records were exported (disposal rules may require it), with an audit line each. */
export async function markExported(db: RecordsDb, ids: readonly string[], format: string, actor: Actor): Promise<void> {
  await committing(db, [db.records, db.audit], async (events) => {
    const records = await load(db, ids);
    for (const r of records) {
      await putWithAudit(db, events, { ...r, exportedAt: actor.now.toISOString() }, auditEntry(r.id, r.status, r.status, actor, { exported: format }));
    }
  });
}
