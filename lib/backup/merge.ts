import type { CommitEvent } from '../records/commit-events';
import type { RecordsDb } from '../records/db';
import { committing } from '../records/repository';
import type { AuditEntry, CaptureRecord } from '../records/schema';
import type { Backup } from './format';

export interface MergeReport {
  added: number;
  /** Same id and same content already in the store. */
  alreadyPresent: number;
  /** Same id, different content digest: the store's copy is kept, untouched. */
  conflicts: string[];
  /** Disposed of here since the backup was made: not brought back. */
  disposedHere: number;
  auditAdded: number;
  disposalsAdded: number;
  /** Channels of the register not in this store yet (same id present: this store's is kept). */
  channelsAdded: number;
}

const auditKey = (a: { recordId: string; at: string; from: string | null; to: string; by: string; note?: string }) => JSON.stringify([a.recordId, a.at, a.from, a.to, a.by, a.note ?? '']);

/**
 * Merges a checked backup (./read.ts) into the store in one transaction, without duplicates:
 * a record already present is not written again, an audit entry already present (same record,
 * time, change, person and note) is skipped, and a record this store has disposed of stays
 * disposed. Handling fields of present records are not overwritten: the store is newer.
 */
export async function mergeBackup(
  db: RecordsDb,
  backup: Backup,
  screenshots: ReadonlyMap<string, Uint8Array>,
  archives: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<MergeReport> {
  return committing(db, [db.records, db.screenshots, db.audit, db.disposals, db.channels, db.pageArchives], async (events) => {
    const report: MergeReport = { added: 0, alreadyPresent: 0, conflicts: [], disposedHere: 0, auditAdded: 0, disposalsAdded: 0, channelsAdded: 0 };
    const disposed = new Set((await db.disposals.toArray()).map((d) => d.recordId));
    const existing = await db.records.bulkGet(backup.records.map((r) => r.id));
    const keep = new Set<string>();
    // What the restore adds goes to the copies outside the store too (issue 25).
    const created = new Map<string, Extract<CommitEvent, { kind: 'created' }>>();
    const current = new Map<string, CaptureRecord>();
    for (const [i, record] of backup.records.entries()) {
      const here = existing[i];
      if (disposed.has(record.id)) report.disposedHere++;
      else if (here && here.contentSha256 === record.contentSha256) {
        report.alreadyPresent++;
        keep.add(record.id);
        current.set(record.id, here);
      } else if (here) report.conflicts.push(record.id);
      else {
        await db.records.add(record);
        const event: Extract<CommitEvent, { kind: 'created' }> = { kind: 'created', record, audit: [] };
        const shot = screenshots.get(record.id);
        if (shot && !(await db.screenshots.get(record.id))) {
          event.screenshot = new Blob([shot as BlobPart], { type: record.screenshot.status === 'ok' ? record.screenshot.mime : 'image/png' });
          await db.screenshots.add({ recordId: record.id, blob: event.screenshot });
        }
        const archive = archives.get(record.id);
        if (archive && !(await db.pageArchives.get(record.id))) {
          event.pageArchive = new Blob([archive as BlobPart], { type: 'multipart/related' });
          await db.pageArchives.add({ recordId: record.id, blob: event.pageArchive });
        }
        created.set(record.id, event);
        report.added++;
        keep.add(record.id);
      }
    }
    const present = new Set((await db.audit.where('recordId').anyOf([...keep]).toArray()).map(auditKey));
    for (const entry of backup.audit) {
      if (!keep.has(entry.recordId) || present.has(auditKey(entry))) continue;
      const added: AuditEntry = { ...entry, seq: await db.audit.add({ ...entry }) };
      const fresh = created.get(entry.recordId);
      if (fresh) fresh.audit.push(added);
      else events.push({ kind: 'changed', record: current.get(entry.recordId)!, audit: added });
      present.add(auditKey(entry));
      report.auditAdded++;
    }
    const logged = new Set((await db.disposals.toArray()).map((d) => `${d.recordId}|${d.at}`));
    for (const d of backup.disposals) {
      if (logged.has(`${d.recordId}|${d.at}`)) continue;
      await db.disposals.add(d);
      report.disposalsAdded++;
    }
    const channelIds = new Set(await db.channels.toCollection().primaryKeys());
    for (const channel of backup.channels) {
      if (channelIds.has(channel.id)) continue;
      await db.channels.add(channel);
      report.channelsAdded++;
    }
    events.unshift(...created.values());
    return report;
  });
}
