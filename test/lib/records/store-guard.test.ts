import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSAL_RULES, dueForDisposal } from '../../../lib/disposal/rules';
import { disposeRecords } from '../../../lib/disposal/run';
import { RecordsDb } from '../../../lib/records/db';
import {
  acknowledgeLoss,
  assessStore,
  isRebuilding,
  lossKey,
  markerKey,
  mergeLoss,
  parseMarker,
  pendingLoss,
  rebuildEnded,
  REBUILD_SHOWN_MS,
  StoreGuard,
  watchDataLoss,
  type GuardStorage,
  type StoreLoss,
} from '../../../lib/records/store-guard';
import { ACTOR, makeRecord, seed } from './helpers';

// Issue 7, "nothing captured is ever lost silently": Chromium deletes an IndexedDB store it
// finds corrupt and hands back an empty one. The guard compares the store at open with a marker
// kept outside IndexedDB, and keeps any loss until the user has read it.

const AT = new Date('2026-11-23T08:43:26.000Z');

function memoryStorage(): GuardStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
  };
}

let n = 0;
const uniqueName = () => `guard-${Date.now()}-${n++}`;

/** Opens, lets the marker settle (it is written just after each commit), closes. */
async function settle(db: RecordsDb): Promise<void> {
  await new Promise((r) => setTimeout(r, 20));
  await db.guard!.refresh(db);
}

describe('assessStore (pure)', () => {
  const marker = { records: 40, disposalSeq: 3, at: AT.toISOString() };

  it('no marker (a new install), no report: nothing lost', () => {
    expect(assessStore(undefined, { records: 0, disposalSeq: 0, disposedSince: 0 }, undefined, AT)).toBeNull();
  });

  it('as many records as the marker, or more (captured after it was written): nothing lost', () => {
    expect(assessStore(marker, { records: 40, disposalSeq: 3, disposedSince: 0 }, undefined, AT)).toBeNull();
    expect(assessStore(marker, { records: 43, disposalSeq: 3, disposedSince: 0 }, undefined, AT)).toBeNull();
  });

  it('fewer records, each accounted for by the disposal log: nothing lost', () => {
    expect(assessStore(marker, { records: 37, disposalSeq: 6, disposedSince: 3 }, undefined, AT)).toBeNull();
    expect(assessStore(marker, { records: 0, disposalSeq: 43, disposedSince: 40 }, undefined, AT)).toBeNull();
  });

  it('an empty store where the marker says 40: all 40 lost', () => {
    expect(assessStore(marker, { records: 0, disposalSeq: 0, disposedSince: 0 }, undefined, AT)).toEqual({ detectedAt: AT.toISOString(), expected: 40, found: 0 });
  });

  it('fewer records than the marker and the disposals explain: the rest is lost', () => {
    expect(assessStore(marker, { records: 30, disposalSeq: 5, disposedSince: 2 }, undefined, AT)).toEqual({ detectedAt: AT.toISOString(), expected: 38, found: 30 });
  });

  it("the browser's own report counts, with its words, even when the marker knew of no records", () => {
    const reported = { dataLoss: 'total', dataLossMessage: 'IndexedDB (database was corrupt): Corruption: bad record length' };
    expect(assessStore(undefined, { records: 0, disposalSeq: 0, disposedSince: 0 }, reported, AT)).toEqual({ detectedAt: AT.toISOString(), expected: 0, found: 0, ...reported });
    expect(assessStore(marker, { records: 0, disposalSeq: 0, disposedSince: 0 }, reported, AT)).toEqual({ detectedAt: AT.toISOString(), expected: 40, found: 0, ...reported });
    expect(assessStore(marker, { records: 40, disposalSeq: 3, disposedSince: 0 }, { dataLoss: 'none', dataLossMessage: '' }, AT)).toBeNull();
  });

  it('a loss not yet read and a new one show as one: the larger count, the browser words kept', () => {
    const first: StoreLoss = { detectedAt: 'a', expected: 40, found: 0, dataLoss: 'total', dataLossMessage: 'corrupt' };
    expect(mergeLoss(first, { detectedAt: 'b', expected: 3, found: 1 })).toEqual({ detectedAt: 'a', expected: 40, found: 1, dataLoss: 'total', dataLossMessage: 'corrupt' });
    expect(mergeLoss(undefined, first)).toBe(first);
  });

  it('a loss being rebuilt from the journal says so only for the open that is rebuilding, and not for ever', () => {
    const earlier: StoreLoss = { detectedAt: 'a', expected: 40, found: 0, rebuilding: 'a' };
    expect(mergeLoss(earlier, { detectedAt: 'b', expected: 40, found: 0 })).not.toHaveProperty('rebuilding');
    expect(mergeLoss({ detectedAt: 'a', expected: 40, found: 0 }, { detectedAt: 'b', expected: 40, found: 0, rebuilding: 'b' }).rebuilding).toBe('b');
    const since = { detectedAt: AT.toISOString(), expected: 40, found: 0, rebuilding: AT.toISOString() };
    expect(isRebuilding(since, new Date(AT.getTime() + 5_000))).toBe(true);
    // A page closed midway leaves the mark: after a while the loss is shown as one again.
    expect(isRebuilding(since, new Date(AT.getTime() + REBUILD_SHOWN_MS))).toBe(false);
    expect(isRebuilding({ ...since, rebuilding: undefined }, AT)).toBe(false);
  });

  it('when the rebuild ends, the loss is dropped if answered, kept with the new count if not, and shown as a loss again', async () => {
    const storage = memoryStorage();
    const loss: StoreLoss = { detectedAt: 'a', expected: 40, found: 0, dataLoss: 'total', dataLossMessage: 'corrupt', rebuilding: 'a' };
    storage.data.set(lossKey('x'), loss);
    expect(await rebuildEnded('x', storage, 25)).toEqual(loss);
    expect(storage.data.get(lossKey('x'))).toEqual({ detectedAt: 'a', expected: 40, found: 25, dataLoss: 'total', dataLossMessage: 'corrupt' });
    storage.data.set(lossKey('x'), loss);
    await rebuildEnded('x', storage);
    expect(storage.data.get(lossKey('x'))).toEqual({ detectedAt: 'a', expected: 40, found: 0, dataLoss: 'total', dataLossMessage: 'corrupt' });
    await rebuildEnded('x', storage, 40);
    expect(storage.data.has(lossKey('x'))).toBe(false);
    expect(await rebuildEnded('x', storage, 40)).toBeUndefined();
  });

  it('a marker that is not one (hand-edited, old format) is ignored, not trusted', () => {
    expect(parseMarker({ records: -1, disposalSeq: 0, at: 'x' })).toBeUndefined();
    expect(parseMarker({ records: '40', disposalSeq: 0, at: 'x' })).toBeUndefined();
    expect(parseMarker(null)).toBeUndefined();
  });
});

describe('the guard on a real store (fake-indexeddb)', () => {
  it('keeps the marker after each commit: captures counted, disposals logged', async () => {
    const storage = memoryStorage();
    const name = uniqueName();
    const db = new RecordsDb(name, { guard: new StoreGuard(name, storage, () => AT) });
    const records = await Promise.all([1, 2, 3].map((i) => makeRecord({ category: 'praise', capturedAt: '2024-01-01T00:00:00.000Z', exportedAt: '2024-02-01T00:00:00.000Z', author: `A ${i}` })));
    await seed(db, records);
    await settle(db);
    expect(storage.data.get(markerKey(name))).toEqual({ records: 3, disposalSeq: 0, at: AT.toISOString() });
    await disposeRecords(db, dueForDisposal(records.slice(0, 1), DEFAULT_DISPOSAL_RULES, new Date('2024-12-01T00:00:00.000Z')), ACTOR);
    await settle(db);
    expect(storage.data.get(markerKey(name))).toEqual({ records: 2, disposalSeq: 1, at: AT.toISOString() });
    db.close();
  });

  it('a store emptied behind its back is found at the next open and kept for the user; a disposal is not', async () => {
    const storage = memoryStorage();
    const name = uniqueName();
    const open = () => new RecordsDb(name, { guard: new StoreGuard(name, storage, () => AT) });
    const db = open();
    const records = await Promise.all([1, 2, 3, 4].map(() => makeRecord({ category: 'praise', capturedAt: '2024-01-01T00:00:00.000Z', exportedAt: '2024-02-01T00:00:00.000Z' })));
    await seed(db, records);
    await settle(db);
    // A disposal, then the marker is NOT written (as if the browser was killed right after the
    // commit): the disposal log explains the missing record, so no false alarm.
    const stale = storage.data.get(markerKey(name));
    await disposeRecords(db, dueForDisposal(records.slice(0, 1), DEFAULT_DISPOSAL_RULES, new Date('2024-12-01T00:00:00.000Z')), ACTOR);
    await settle(db);
    storage.data.set(markerKey(name), stale);
    db.close();
    const again = open();
    expect(await again.records.count()).toBe(3);
    expect(await pendingLoss(name, storage)).toBeUndefined();
    again.close();

    // Now the browser deletes the whole store (as Chromium does with a corrupt one).
    await Dexie.delete(name);
    const after = open();
    expect(await after.records.count()).toBe(0);
    expect(await pendingLoss(name, storage)).toEqual({ detectedAt: AT.toISOString(), expected: 3, found: 0 });
    // The marker now describes what is left; the loss stays until the user has read it.
    expect(storage.data.get(markerKey(name))).toEqual({ records: 0, disposalSeq: 0, at: AT.toISOString() });
    after.close();
    const later = open();
    await later.open();
    expect(await pendingLoss(name, storage)).toEqual({ detectedAt: AT.toISOString(), expected: 3, found: 0 });
    await acknowledgeLoss(name, storage);
    expect(storage.data.has(lossKey(name))).toBe(false);
    later.close();
  });

  it('records deleted without a disposal (not through our code) are a loss too', async () => {
    const storage = memoryStorage();
    const name = uniqueName();
    const open = () => new RecordsDb(name, { guard: new StoreGuard(name, storage, () => AT) });
    const db = open();
    const records = await Promise.all([1, 2].map(() => makeRecord()));
    await seed(db, records);
    await settle(db);
    db.close();
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('records').delete(records[0]!.id);
    raw.close();
    const after = open();
    await after.open();
    expect(await pendingLoss(name, storage)).toEqual({ detectedAt: AT.toISOString(), expected: 2, found: 1 });
    after.close();
  });

  it("passes the browser's dataLoss report from upgradeneeded to the guard", async () => {
    const reports: unknown[] = [];
    const name = uniqueName();
    // fake-indexeddb never reports data loss: stand in for Chromium on this one open.
    const chromiumLike = {
      ...indexedDB,
      open(dbName: string, version?: number) {
        const request = indexedDB.open(dbName, version);
        request.addEventListener('upgradeneeded', (e) => Object.assign(e, { dataLoss: 'total', dataLossMessage: 'IndexedDB (database was corrupt): test' }), { capture: true });
        return request;
      },
      cmp: indexedDB.cmp.bind(indexedDB),
    } as IDBFactory;
    const watched = watchDataLoss(chromiumLike, (loss) => reports.push(loss));
    await new Promise<void>((resolve, reject) => {
      const request = watched.open(name, 1);
      request.onsuccess = () => (request.result.close(), resolve());
      request.onerror = () => reject(request.error);
    });
    expect(reports).toEqual([{ dataLoss: 'total', dataLossMessage: 'IndexedDB (database was corrupt): test' }]);
  });

  it('a failing storage never stops the store from opening', async () => {
    const name = uniqueName();
    const broken: GuardStorage = {
      get: () => Promise.reject(new Error('storage gone')),
      set: () => Promise.reject(new Error('storage gone')),
      remove: () => Promise.reject(new Error('storage gone')),
    };
    const db = new RecordsDb(name, { guard: new StoreGuard(name, broken) });
    await seed(db, [await makeRecord()]);
    expect(await db.records.count()).toBe(1);
    db.close();
  });
});
