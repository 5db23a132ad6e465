import { auditTrail } from '../audit';
import type { RecordsDb } from '../db';
import type { GuardStorage } from '../store-guard';
import { folder, list } from './opfs';
import { writeJournal } from './write';

export const backfillKey = (dbName: string) => `kv.journal.backfilled:${dbName}`;

/**
 * Records captured before the journal existed (an update of the extension) are written into it
 * once: each record the journal lacks, with its files and its trail so far. One record at a
 * time, so a large store is never held in memory; safe beside new captures (writes never
 * replace a file). Marked done in storage.local only when every record was written.
 */
export async function backfillJournal(db: RecordsDb, root: FileSystemDirectoryHandle, storage: GuardStorage): Promise<number> {
  if ((await storage.get(backfillKey(db.name))) === true) return 0;
  const records = await folder(root, 'records');
  const present = new Set((await list(records)).folders.keys());
  let written = 0;
  for (const id of await db.records.toCollection().primaryKeys()) {
    if (present.has(id)) continue;
    const [record, shot, archive, audit] = await db.transaction('r', [db.records, db.screenshots, db.pageArchives, db.audit], () =>
      Promise.all([db.records.get(id), db.screenshots.get(id), db.pageArchives.get(id), auditTrail(db, id)]),
    );
    if (!record) continue;
    await writeJournal(root, [{ kind: 'created', record, audit, ...(shot ? { screenshot: shot.blob } : {}), ...(archive ? { pageArchive: archive.blob } : {}) }]);
    written++;
  }
  await storage.set(backfillKey(db.name), true);
  return written;
}
