import type { RecordsDb } from './db';
import { auditEntry, type Actor } from './audit';
import type { CaptureRecord, RecordStatus } from './schema';
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
  return db.transaction('rw', db.records, db.audit, async () => {
    const records = await load(db, ids);
    const refusals = records.flatMap((r) => {
      const error = checkTransition(r.status, to, { diarienummer: opts.diarienummer ?? r.diarienummer, removalReasons: r.removalReasons ?? [] });
      return error ? [{ recordId: r.id, error }] : [];
    });
    if (refusals.length > 0) throw new TransitionRefused(refusals);
    for (const r of records) {
      const next: CaptureRecord = { ...r, status: to };
      if (to === 'registered' && opts.diarienummer) next.diarienummer = opts.diarienummer.trim();
      await db.records.put(next);
      const dnr = to === 'registered' && next.diarienummer ? { to: next.diarienummer } : undefined;
      await db.audit.add(auditEntry(r.id, r.status, to, actor, { ...(opts.note ? { note: opts.note } : {}), ...(dnr ? { dnr } : {}) }));
    }
    return records.length;
  });
}

export type HandlingPatch = Partial<Pick<CaptureRecord, 'removalReasons' | 'action' | 'notes' | 'category'>>;

/** Updates what the administrator decided (reasons, action, notes, category), with an audit line. */
export async function updateHandling(db: RecordsDb, id: string, patch: HandlingPatch, actor: Actor): Promise<void> {
  await db.transaction('rw', db.records, db.audit, async () => {
    const [r] = await load(db, [id]);
    const next: CaptureRecord = { ...r!, ...patch };
    for (const key of Object.keys(patch) as (keyof HandlingPatch)[]) {
      const v = patch[key];
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[key];
    }
    await db.records.put(next);
    const changed = (Object.keys(patch) as (keyof HandlingPatch)[]).filter((k) => JSON.stringify(r![k]) !== JSON.stringify(next[k]));
    if (changed.length > 0) await db.audit.add(auditEntry(id, r!.status, r!.status, actor, { changed }));
  });
}

/**
 * Records the registrar's diarienummer on each record: an unregistered record becomes
 * registered (if its status allows), a registered one gets the new number. All or nothing.
 */
export async function setDiarienummer(db: RecordsDb, entries: readonly { id: string; diarienummer: string }[], actor: Actor): Promise<number> {
  return db.transaction('rw', db.records, db.audit, async () => {
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
      await db.records.put({ ...r, status: 'registered', diarienummer: dnr });
      await db.audit.add(auditEntry(r.id, r.status, 'registered', actor, { dnr: r.diarienummer ? { from: r.diarienummer, to: dnr } : { to: dnr } }));
    }
    return records.length;
  });
}

/** Notes that records were exported (disposal rules may require it), with an audit line each. */
export async function markExported(db: RecordsDb, ids: readonly string[], format: string, actor: Actor): Promise<void> {
  await db.transaction('rw', db.records, db.audit, async () => {
    const records = await load(db, ids);
    for (const r of records) {
      await db.records.put({ ...r, exportedAt: actor.now.toISOString() });
      await db.audit.add(auditEntry(r.id, r.status, r.status, actor, { exported: format }));
    }
  });
}
