import Dexie, { type EntityTable } from 'dexie';
import type { AuditEntry, CaptureRecord, ScreenshotRow } from './schema';

export const DB_NAME = 'kommentarsvakt';

/**
 * The records store. It lives in the extension origin only (DESIGN.md decision 1): the
 * background writes captures, extension pages read them live. Never open it from a content
 * script, where it would belong to the site.
 */
export class RecordsDb extends Dexie {
  records!: EntityTable<CaptureRecord, 'id'>;
  screenshots!: EntityTable<ScreenshotRow, 'recordId'>;
  audit!: EntityTable<AuditEntry, 'seq'>;

  constructor(name = DB_NAME) {
    super(name);
    // Numbered versions are kept forever; each later version adds its upgrade() here and a
    // fixture test in test/lib/records/db.test.ts.
    this.version(1).stores({
      records: 'id, capturedAt, key, platform, status',
      screenshots: 'recordId',
      audit: '++seq, recordId, at',
    });
  }
}

let shared: RecordsDb | undefined;
export function getDb(): RecordsDb {
  shared ??= new RecordsDb();
  return shared;
}
