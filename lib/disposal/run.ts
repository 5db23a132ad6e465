import type { Actor } from '../records/audit';
import type { RecordsDb } from '../records/db';
import type { DisposalEntry } from '../records/disposal-log';
import { committing } from '../records/repository';
import { checkTransition } from '../records/statuses';
import type { DisposalMatch } from './rules';

/**
 * Disposes of the matched records, after the user confirmed: in one transaction each record,
 * its screenshot and its audit trail (whose notes may quote the content) are deleted, and one
 * line per record goes into the disposal log: id, digests, date, rule, who. Nothing else stays.
 * A record that changed since the preview (e.g. was registered meanwhile) is checked again.
 */
export async function disposeRecords(db: RecordsDb, matches: readonly DisposalMatch[], actor: Actor): Promise<DisposalEntry[]> {
  // The copies outside the store (issue 25) drop the record too, keeping the log line.
  return committing(db, [db.records, db.screenshots, db.pageArchives, db.audit, db.disposals], async (events) => {
    const log: DisposalEntry[] = [];
    for (const { record: seen, rule } of matches) {
      const record = await db.records.get(seen.id);
      if (!record || checkTransition(record.status, 'disposed') !== null || record.status !== seen.status) continue;
      const entry: DisposalEntry = {
        recordId: record.id,
        contentSha256: record.contentSha256,
        at: actor.now.toISOString(),
        by: actor.by,
        ruleId: rule.id,
        ruleLabel: rule.label,
        fromStatus: record.status,
      };
      if (record.screenshot.status === 'ok') entry.screenshotSha256 = record.screenshot.sha256;
      await db.records.delete(record.id);
      await db.screenshots.delete(record.id);
      await db.pageArchives.delete(record.id);
      await db.audit.where('recordId').equals(record.id).delete();
      await db.disposals.add(entry);
      log.push(entry);
    }
    if (log.length > 0) events.push({ kind: 'disposed', entries: log });
    return log;
  });
}
