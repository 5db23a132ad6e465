import type { RecordsDb } from '../records/db';
import { auditTrail } from '../records/audit';
import type { AuditEntry, CaptureRecord } from '../records/schema';
import { getFolderDb, type FolderDb } from './folder-state';
import { eventDigest, HANDLING_KEYS, type EventFile } from './layout';
import type { FolderEntry } from './reader';

export interface ImportResult {
  /** Records that were not in the store and now are. */
  added: string[];
  /** Records of the store that gained events from the folder. */
  updated: string[];
}

/**
 * The status and handling after a trail: the latest event by time decides (two people changing a
 * record at once both stay in the trail; the later change is the status). Ties go by digest, so
 * every extension reading the same folder comes to the same answer.
 */
function latest(events: readonly { at: string; digest: string; file?: EventFile }[]) {
  return [...events].sort((a, b) => a.at.localeCompare(b.at) || a.digest.localeCompare(b.digest)).at(-1);
}

function apply(record: CaptureRecord, event: EventFile): CaptureRecord {
  const next: CaptureRecord = { ...record, status: event.event.to as CaptureRecord['status'] };
  if (event.handling) {
    for (const key of HANDLING_KEYS) delete next[key];
    Object.assign(next, event.handling, { status: event.event.to });
  }
  return next;
}

/**
 * Brings the folder's valid records into the store: a record we lack is added with its
 * screenshot and trail; a record we have gains the events it lacks. Records disposed of here
 * (in the disposal log) are never brought back. Incomplete, altered, newer or foreign entries
 * are never passed here (lib/records-folder/reader.ts decides).
 */
export async function importEntries(db: RecordsDb, entries: readonly FolderEntry[], now: Date, folderDb: FolderDb = getFolderDb()): Promise<ImportResult> {
  const result: ImportResult = { added: [], updated: [] };
  for (const entry of entries) {
    if (entry.state !== 'valid' || !entry.record || !entry.events) continue;
    const file = entry.record;
    const id = file.record.id;
    if ((await db.disposals.where('recordId').equals(id).count()) > 0) continue;
    const events = entry.events.map((e) => ({ at: e.event.at, digest: e.sha256, file: e }));
    // Digests are computed before the transaction: an IndexedDB transaction ends while it waits
    // for anything but its own requests (crypto.subtle included).
    const before = await auditTrail(db, id);
    const digests = await Promise.all(before.map((a) => eventDigest(a)));
    const have = new Set(digests);
    const fresh = events.filter((e) => !have.has(e.digest));
    if (fresh.length === 0) continue;
    const outcome = await db.transaction('rw', [db.records, db.screenshots, db.audit], async () => {
      const local = await db.records.get(id);
      const trail = await db.audit.where('recordId').equals(id).count();
      // Changed since we read it (a status change in another page): the next read merges it.
      if (trail !== before.length || (!local && trail > 0)) return undefined;
      for (const e of [...fresh].sort((a, b) => a.at.localeCompare(b.at) || a.digest.localeCompare(b.digest))) await db.audit.add({ ...e.file.event } as AuditEntry);
      if (!local) {
        await db.records.add(apply(file.record, latest(events)!.file!));
        if (entry.screenshot) await db.screenshots.add({ recordId: id, blob: entry.screenshot });
        return 'added' as const;
      }
      const last = latest([...before.map((a, i) => ({ at: a.at, digest: digests[i]! })), ...fresh])!;
      if (last.file) await db.records.put(apply(local, last.file));
      return 'updated' as const;
    });
    if (outcome) result[outcome].push(id);
  }
  if (result.added.length > 0) {
    const byId = new Map(entries.map((e) => [e.recordId, e.record?.writtenBy ?? '']));
    await folderDb.imported.bulkPut(result.added.map((recordId) => ({ recordId, writtenBy: byId.get(recordId) ?? '', importedAt: now.toISOString() })));
  }
  return result;
}
