import { getDb } from '../records/db';
import { backfillJournal } from '../records/journal/backfill';

/** Issue 25: at the worker's start, records from before the journal existed are copied into it (once). */
export function startJournalBackfill(): void {
  void (async () => {
    const db = getDb();
    const root = await db.journal?.();
    if (root && db.guard) await backfillJournal(db, root, db.guard.storage);
  })().catch(() => undefined);
}
