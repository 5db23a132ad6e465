import Dexie, { type EntityTable } from 'dexie';
import { STORE_VERSIONS } from './migrations';
import { onCommitted } from './commit-events';
import { StoreGuard, watchDataLoss } from './store-guard';
import { createJournalKeeper, type JournalKeeper } from './journal/keep';
import { journalRoot, openJournalRoot } from './journal/opfs';
import { restoreOnOpen } from './journal/restore';
import type { AuditEntry, CaptureRecord, ScreenshotRow } from './schema';
import type { DisposalEntry } from './disposal-log';
import type { Channel } from './channel-schema';
import type { PageArchiveRow } from './page-archive-row';

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

  /** Issue 7: tells the user when the browser handed back a store that lost records (./store-guard.ts). */
  readonly guard: StoreGuard | undefined;

  /** Issue 25: the journal's folder (OPFS), where the store is rebuilt from when it was lost. */
  readonly journal: (() => Promise<FileSystemDirectoryHandle | undefined>) | undefined;

  /** `guard: false` opens the store without the loss check (tools that read a copy of a store). */
  constructor(name = DB_NAME, options: { guard?: StoreGuard | false; journal?: (() => Promise<FileSystemDirectoryHandle | undefined>) | false } = {}) {
    const guard = options.guard === false ? undefined : (options.guard ?? new StoreGuard(name));
    const real = globalThis.indexedDB as IDBFactory | undefined;
    // The real IndexedDB, watched for Chromium's report of a store it deleted as corrupt.
    super(name, guard && real ? { indexedDB: watchDataLoss(real, (loss) => guard.browserReported(loss)), IDBKeyRange: globalThis.IDBKeyRange } : undefined);
    this.guard = guard;
    // No guard, no journal: a copy of a store opened by a tool is not the store to rebuild.
    this.journal = guard && options.journal !== false ? (options.journal ?? (() => journalRoot())) : undefined;
    // Numbered versions are kept forever in ./migrations.ts, each with a fixture test.
    for (const v of STORE_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    if (guard) {
      // At every open (sticky), before anything reads the store: compare it with the marker.
      // After every commit that touched records or the disposal log: write the marker anew.
      const prefixes = [`idb://${name}/records/`, `idb://${name}/disposals/`];
      const onMutated = (parts: Record<string, unknown>) => {
        if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) void guard.refresh(this);
      };
      this.on('ready', (vip) => {
        Dexie.on('storagemutated').unsubscribe(onMutated);
        Dexie.on('storagemutated').subscribe(onMutated);
        const journal = this.journal;
        // A lost store (or an empty one beside a journal that is not) is rebuilt before anything reads it.
        return guard.check(vip as RecordsDb, { rebuilding: journal !== undefined }).then(async (loss) => {
          if (journal) await restoreOnOpen(vip as RecordsDb, loss, journal, { storage: guard.storage });
        });
      }, true);
      this.on('close', () => Dexie.on('storagemutated').unsubscribe(onMutated));
    }
  }
}

let shared: RecordsDb | undefined;
let keeper: JournalKeeper | undefined;
/** The store of this context (background or extension page), its journal kept up to date. */
export function getDb(): RecordsDb {
  if (!shared) {
    const db = new RecordsDb();
    if (db.journal && db.guard) {
      // A write the browser refuses is kept as "behind" and shown (./journal/state.ts).
      keeper = createJournalKeeper(db, { root: () => openJournalRoot(), storage: db.guard.storage });
      onCommitted(keeper.listener);
    }
    shared = db;
  }
  return shared;
}

/** The journal kept beside getDb()'s store: its catch-up (undefined where no journal is kept). */
export function getJournalKeeper(): JournalKeeper | undefined {
  getDb();
  return keeper;
}
