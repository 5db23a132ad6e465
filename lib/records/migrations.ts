import type { Transaction } from 'dexie';

/**
 * Numbered schema versions of the records store. Each entry is kept forever (a browser may
 * still hold any older version); a new version is appended with its upgrade and a fixture test
 * in test/lib/records/migrations.test.ts.
 */
export interface StoreVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const STORE_VERSIONS: readonly StoreVersion[] = [
  {
    version: 1,
    stores: {
      records: 'id, capturedAt, key, platform, status',
      screenshots: 'recordId',
      audit: '++seq, recordId, at',
    },
  },
  {
    // Issue 5: indexes for the queue's filters (status, category, due date, diarienummer, last
    // export) so 10,000 records filter without a full scan, and the disposal log (gallring),
    // which keeps id, digests, date and rule of a disposed record but none of its content.
    version: 2,
    stores: {
      records: 'id, capturedAt, key, platform, status, category, dueAt, diarienummer, exportedAt',
      disposals: '++seq, recordId, at',
    },
    // Records of version 1 need no rewrite: every new field is optional, and an index simply
    // skips rows without the value (so no upgrade function: rewriting 10,000 rows on first
    // open would only risk them). Audit entries of version 1 stay valid as they are.
  },
  {
    // Issue 6: the register of channels (lib/channels), the single-file page copies (MHTML)
    // beside full-page screenshots, and a `kind` index so "last screenshot of a channel" reads
    // only page screenshots. New tables and an index only: no row is rewritten.
    version: 3,
    stores: {
      records: 'id, capturedAt, key, platform, status, category, dueAt, diarienummer, exportedAt, kind',
      channels: 'id, url, platform',
      pageArchives: 'recordId',
    },
  },
];

export const CURRENT_STORE_VERSION = STORE_VERSIONS[STORE_VERSIONS.length - 1]!.version;
