import { announceCommitted } from './commit-events';
import type { RecordsDb } from './db';
import type { AuditEntry } from './schema';
import type { CaptureRecord } from './schema';

/** Why a new record could not be stored: the disk (the origin's quota) is full, or anything else. */
export type StoreFailureCode = 'storage-full' | 'storage-failed';

export class RecordStoreFailure extends Error {
  constructor(
    readonly code: StoreFailureCode,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'RecordStoreFailure';
  }
}

/** Whether IndexedDB refused for want of space; Dexie wraps the browser's error in `inner`. */
export function isQuotaExceeded(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

export interface NewRecordFiles {
  /** The record's screenshot, when it has one. */
  screenshot?: Blob;
  /** The page's single-file copy (MHTML), kept beside a full-page screenshot. */
  pageArchive?: Blob;
  /** The first audit entry's note. */
  auditNote?: string;
}

/**
 * The one way a capture enters the store (item captures and full-page screenshots): the record,
 * its files and the first audit entry in one transaction, so either all of it is committed or
 * nothing is (no half capture stored as complete). Throws RecordStoreFailure.
 */
export async function createRecord(db: RecordsDb, record: CaptureRecord, files: NewRecordFiles = {}): Promise<void> {
  const tables = [db.records, db.screenshots, ...(files.pageArchive ? [db.pageArchives] : []), db.audit];
  const audit: AuditEntry = { recordId: record.id, at: record.capturedAt, by: record.capturedBy.name, from: null, to: 'captured', ...(files.auditNote ? { note: files.auditNote } : {}) };
  try {
    await db.transaction('rw', tables, async () => {
      await db.records.add(record);
      if (files.screenshot) await db.screenshots.add({ recordId: record.id, blob: files.screenshot });
      if (files.pageArchive) await db.pageArchives.add({ recordId: record.id, blob: files.pageArchive });
      audit.seq = await db.audit.add({ ...audit });
    });
  } catch (error) {
    throw new RecordStoreFailure(isQuotaExceeded(error) ? 'storage-full' : 'storage-failed', String((error as Error)?.message ?? error).slice(0, 300));
  }
  // Before the caller answers "Sparad": the copies outside IndexedDB (issue 25) are written too.
  await announceCommitted([{ kind: 'created', record, audit: [audit], ...(files.screenshot ? { screenshot: files.screenshot } : {}), ...(files.pageArchive ? { pageArchive: files.pageArchive } : {}) }]);
}
