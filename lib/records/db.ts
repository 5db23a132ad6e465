import Dexie, { type EntityTable } from 'dexie';
import { STORE_VERSIONS } from './migrations';
import type { AuditEntry, CaptureRecord, ScreenshotRow } from './schema';
import type { DisposalEntry } from './disposal-log';
import type { Channel } from '../channels/schema';
import type { PageArchiveRow } from '../pagecapture/archive-row';

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
  disposals!: EntityTable<DisposalEntry, 'seq'>;
  /** Issue 6: the register of channels, and MHTML copies beside page screenshots. */
  channels!: EntityTable<Channel, 'id'>;
  pageArchives!: EntityTable<PageArchiveRow, 'recordId'>;

  constructor(name = DB_NAME) {
    super(name);
    // Numbered versions are kept forever in ./migrations.ts, each with a fixture test.
    for (const v of STORE_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

let shared: RecordsDb | undefined;
export function getDb(): RecordsDb {
  shared ??= new RecordsDb();
  return shared;
}
