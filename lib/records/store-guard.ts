import { browser } from 'wxt/browser';
import type { RecordsDb } from './db';

/**
 * "Nothing captured is ever lost silently" when the browser itself loses the store.
 *
 * Chromium deletes an extension's IndexedDB when it finds the backing store corrupt (at open, or
 * when a read or write meets corruption) and hands back a new, empty database; the only trace is
 * the non-standard `dataLoss` / `dataLossMessage` of the `upgradeneeded` event. Without a guard
 * the queue would then simply look empty. So:
 *
 *  - a small marker outside IndexedDB (storage.local) remembers how many records the store held
 *    and the last disposal-log number, written after every commit that touched the records and
 *    at every open (`snapshotOf`, `StoreGuard.refresh`);
 *  - at every open the store is compared with the marker (`assessStore`): records are removed
 *    only by disposal, which logs each one, so `records now + disposed since < records then`
 *    means records went missing; a `dataLoss` reported by the browser counts as well;
 *  - a loss is kept in storage.local (`StoreLoss`) until the user has read it; the queue page
 *    and the popup show it (components/queue/StoreLossNotice.tsx).
 */

/** What the marker remembers: a state the store really had (both numbers from one transaction). */
export interface StoreMarker {
  /** Number of records. */
  records: number;
  /** Highest `seq` of the disposal log (0 when empty). */
  disposalSeq: number;
  /** When this state was read. */
  at: string;
}

/** What the store holds now, read in one transaction. */
export interface StoreSnapshot {
  records: number;
  disposalSeq: number;
  /** Disposal-log entries with a `seq` above the marker's. */
  disposedSince: number;
}

/** The browser's own report, from the `upgradeneeded` event (Chromium only; 'none' is no loss). */
export interface BrowserDataLoss {
  dataLoss: string;
  dataLossMessage: string;
}

/** A loss found at open, kept until the user has read it. */
export interface StoreLoss {
  detectedAt: string;
  /** Records the store held (the marker, less what was disposed of since). */
  expected: number;
  /** Records it held when the loss was found. */
  found: number;
  /** The browser's report, if it gave one ('total' when it deleted a corrupt store). */
  dataLoss?: string;
  dataLossMessage?: string;
  /**
   * When the rebuild from the journal began (lib/records/journal/restore.ts), while it runs:
   * the queue then says records are being read back, not that the user must restore a backup.
   */
  rebuilding?: string;
}

/** Where marker and loss are kept: outside IndexedDB, so they survive the store. */
export interface GuardStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export const browserStorage: GuardStorage = {
  async get(key) {
    return (await browser.storage.local.get(key))[key];
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
  async remove(key) {
    await browser.storage.local.remove(key);
  },
};

export const markerKey = (dbName: string) => `kv.store.marker:${dbName}`;
export const lossKey = (dbName: string) => `kv.store.loss:${dbName}`;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parseMarker(value: unknown): StoreMarker | undefined {
  const m = value as Partial<StoreMarker> | undefined;
  if (!m || typeof m !== 'object' || !isCount(m.records) || !isCount(m.disposalSeq) || typeof m.at !== 'string') return undefined;
  return { records: m.records, disposalSeq: m.disposalSeq, at: m.at };
}

export function parseLoss(value: unknown): StoreLoss | undefined {
  const l = value as Partial<StoreLoss> | undefined;
  if (!l || typeof l !== 'object' || !isCount(l.expected) || !isCount(l.found) || typeof l.detectedAt !== 'string') return undefined;
  const loss: StoreLoss = { detectedAt: l.detectedAt, expected: l.expected, found: l.found };
  if (typeof l.dataLoss === 'string') loss.dataLoss = l.dataLoss;
  if (typeof l.dataLossMessage === 'string') loss.dataLossMessage = l.dataLossMessage;
  if (typeof l.rebuilding === 'string') loss.rebuilding = l.rebuilding;
  return loss;
}

/**
 * Pure: did the store lose records since the marker was written? Records leave the store only by
 * disposal, which logs each one, so the store must hold at least `marker.records - disposedSince`.
 * The marker may lag behind the store (written just after a commit): a marker older than some
 * captures only asks for fewer records, never more. A browser report of data loss is a loss even
 * when no record is missing (it may have taken screenshots, audit entries or the channel register).
 */
export function assessStore(marker: StoreMarker | undefined, now: StoreSnapshot, reported: BrowserDataLoss | undefined, at: Date): StoreLoss | null {
  const expected = marker ? Math.max(0, marker.records - now.disposedSince) : 0;
  const missing = now.records < expected;
  const browserSaysLost = reported !== undefined && reported.dataLoss !== 'none';
  if (!missing && !browserSaysLost) return null;
  const loss: StoreLoss = { detectedAt: at.toISOString(), expected: Math.max(expected, now.records), found: now.records };
  if (browserSaysLost) {
    loss.dataLoss = reported.dataLoss;
    loss.dataLossMessage = reported.dataLossMessage;
  }
  return loss;
}

/** Two losses not yet read by the user are shown as one: the larger count, the browser's words kept. */
export function mergeLoss(earlier: StoreLoss | undefined, later: StoreLoss): StoreLoss {
  if (!earlier) return later;
  const { rebuilding: _was, ...kept } = earlier;
  const merged: StoreLoss = { ...kept, expected: Math.max(earlier.expected, later.expected), found: later.found };
  // Only the open that found the later loss is rebuilding now.
  if (later.rebuilding) merged.rebuilding = later.rebuilding;
  if (later.dataLoss && !earlier.dataLoss) {
    merged.dataLoss = later.dataLoss;
    merged.dataLossMessage = later.dataLossMessage;
  }
  return merged;
}

type GuardedDb = Pick<RecordsDb, 'records' | 'disposals' | 'transaction'>;

/** Records count and disposal-log position, read in one transaction so they belong together. */
export async function snapshotOf(db: GuardedDb, since: number): Promise<StoreSnapshot> {
  return db.transaction('r', [db.records, db.disposals], async () => {
    const records = await db.records.count();
    const last = await db.disposals.orderBy('seq').last();
    const disposedSince = await db.disposals.where('seq').above(since).count();
    return { records, disposalSeq: last?.seq ?? 0, disposedSince };
  });
}

/**
 * The guard of one database: `check` at every open (before anything reads the store), `refresh`
 * after each commit that touched the records. Neither ever throws: a broken guard must not stop
 * the store from opening; at worst a loss goes unreported, as before it existed.
 */
export class StoreGuard {
  private reported: BrowserDataLoss | undefined;
  private refreshing: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly dbName: string,
    readonly storage: GuardStorage = browserStorage,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Called from the `upgradeneeded` listener when the browser reports lost data. */
  browserReported(loss: BrowserDataLoss): void {
    this.reported = loss;
  }

  /**
   * At open: compares the store with the marker, keeps any loss for the user, then renews the
   * marker. `rebuilding`: the opener will try the journal next, so the loss is kept as being
   * rebuilt until that attempt ends (`rebuildEnded`).
   */
  async check(db: GuardedDb, opts: { rebuilding?: boolean } = {}): Promise<StoreLoss | null> {
    try {
      const marker = parseMarker(await this.storage.get(markerKey(this.dbName)));
      const now = await snapshotOf(db, marker?.disposalSeq ?? 0);
      const reported = this.reported;
      this.reported = undefined;
      const loss = assessStore(marker, now, reported, this.clock());
      if (loss && opts.rebuilding) loss.rebuilding = loss.detectedAt;
      if (loss) {
        const earlier = parseLoss(await this.storage.get(lossKey(this.dbName)));
        await this.storage.set(lossKey(this.dbName), mergeLoss(earlier, loss));
      }
      // Only after the loss is safely kept: from here on the marker describes what is left.
      await this.storage.set(markerKey(this.dbName), { records: now.records, disposalSeq: now.disposalSeq, at: this.clock().toISOString() } satisfies StoreMarker);
      return loss;
    } catch {
      return null;
    }
  }

  /** After a commit: writes the marker anew (coalesced: one read at a time, one more if asked meanwhile). */
  refresh(db: GuardedDb): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        try {
          const now = await snapshotOf(db, Number.MAX_SAFE_INTEGER);
          await this.storage.set(markerKey(this.dbName), { records: now.records, disposalSeq: now.disposalSeq, at: this.clock().toISOString() } satisfies StoreMarker);
        } catch {
          // The store closed or storage failed: the next commit or open writes it.
        }
      } while (this.again);
    })().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }
}

/** How long a rebuild may say it is running: one whose page was closed midway must not say so for ever. */
export const REBUILD_SHOWN_MS = 10 * 60_000;

/** Is the journal's rebuild of this loss still running (as far as anyone can know without asking it)? */
export function isRebuilding(loss: StoreLoss, now: Date = new Date()): boolean {
  return loss.rebuilding !== undefined && now.getTime() - Date.parse(loss.rebuilding) < REBUILD_SHOWN_MS;
}

/**
 * The rebuild's attempt is over: the loss, if still kept, is shown as one again. When the rebuild
 * brought records back (`found`: what the store holds now), a loss it fully answered is dropped
 * (the rebuild's own report says what happened), otherwise it is kept with the new count.
 */
export async function rebuildEnded(dbName: string, storage: GuardStorage, found?: number): Promise<StoreLoss | undefined> {
  const pending = parseLoss(await storage.get(lossKey(dbName)));
  if (!pending) return undefined;
  const { rebuilding: _done, ...loss } = pending;
  if (found !== undefined && found >= loss.expected) {
    await storage.remove(lossKey(dbName));
    return pending;
  }
  if (found === undefined && !pending.rebuilding) return pending;
  await storage.set(lossKey(dbName), { ...loss, ...(found === undefined ? {} : { found }) } satisfies StoreLoss);
  return pending;
}

/** The loss not yet read by the user, if any (for the queue page and the popup). */
export async function pendingLoss(dbName: string, storage: GuardStorage = browserStorage): Promise<StoreLoss | undefined> {
  return parseLoss(await storage.get(lossKey(dbName)));
}

/** The user has read the message (and restored from a backup, or chosen not to). */
export async function acknowledgeLoss(dbName: string, storage: GuardStorage = browserStorage): Promise<void> {
  await storage.remove(lossKey(dbName));
}

/**
 * An IDBFactory that reports Chromium's `dataLoss` on `upgradeneeded` to `onLoss`, and is
 * otherwise the real one (Dexie takes it as its `indexedDB` dependency).
 */
export function watchDataLoss(real: IDBFactory, onLoss: (loss: BrowserDataLoss) => void): IDBFactory {
  const factory = {
    open(name: string, version?: number) {
      const request = version === undefined ? real.open(name) : real.open(name, version);
      request.addEventListener('upgradeneeded', (event) => {
        const { dataLoss, dataLossMessage } = event as IDBVersionChangeEvent & { dataLoss?: unknown; dataLossMessage?: unknown };
        if (typeof dataLoss === 'string' && dataLoss !== 'none') onLoss({ dataLoss, dataLossMessage: typeof dataLossMessage === 'string' ? dataLossMessage : '' });
      });
      return request;
    },
    deleteDatabase: (name: string) => real.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
    databases: typeof real.databases === 'function' ? () => real.databases() : undefined,
  };
  return factory as unknown as IDBFactory;
}
