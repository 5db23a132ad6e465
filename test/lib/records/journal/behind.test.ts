import { storageFactory } from 'opfs-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onCommitted } from '../../../../lib/records/commit-events';
import { createRecord } from '../../../../lib/records/create';
import { RecordsDb } from '../../../../lib/records/db';
import { caughtUpKey } from '../../../../lib/records/journal/catch-up';
import { createJournalKeeper } from '../../../../lib/records/journal/keep';
import { journalRoot, openJournalRoot } from '../../../../lib/records/journal/opfs';
import { readJournal } from '../../../../lib/records/journal/read';
import { clearJournalState, journalFailureReason, journalStateKey, noteJournalFailure, parseJournalState } from '../../../../lib/records/journal/state';
import { changeStatus } from '../../../../lib/records/repository';
import { StoreGuard, type GuardStorage } from '../../../../lib/records/store-guard';
import { ACTOR, makeRecord } from '../helpers';

// Issue 25: a journal write that fails is kept as "behind" (storage.local) until a catch-up has
// brought the journal up to date. Real failures of the in-memory OPFS: the journal's `records`
// folder replaced by a file, as a damaged journal folder leaves it (the browser's own in
// test/e2e/journal-behind.e2e.ts).

function memoryStorage(): GuardStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v), remove: async (k) => void data.delete(k) };
}

let n = 0;
async function setup() {
  const storage = memoryStorage();
  const manager = storageFactory();
  const dir = (await journalRoot(manager))!;
  const name = `behind-${Date.now()}-${n++}`;
  const db = new RecordsDb(name, { guard: new StoreGuard(name, storage), journal: async () => dir });
  const keeper = createJournalKeeper(db, { root: () => openJournalRoot(manager), storage });
  const off = onCommitted(keeper.listener);
  const key = journalStateKey(name);
  /** The damage: `records` is a file, so no record folder can be made. */
  const damage = async () => {
    await dir.removeEntry('records', { recursive: true }).catch(() => undefined);
    await dir.getFileHandle('records', { create: true });
  };
  const repair = () => dir.removeEntry('records');
  return { storage, dir, db, keeper, off, key, damage, repair };
}

describe('the journal behind the store', () => {
  let off = () => {};
  afterEach(() => off());

  it('a failed write is kept as behind (since, reason, count); the capture itself still commits', async () => {
    const s = await setup();
    off = s.off;
    await s.damage();
    const first = await makeRecord();
    await createRecord(s.db, first);
    expect(await s.db.records.get(first.id)).toEqual(first);
    const state = parseJournalState(s.storage.data.get(s.key));
    expect(state).toMatchObject({ reason: 'failed', failures: 1, detail: 'TypeMismatchError' });
    expect(state!.since).toBe(state!.lastAt);
    // A second failure counts, and keeps since when.
    await changeStatus(s.db, [first.id], 'kept', ACTOR);
    const second = parseJournalState(s.storage.data.get(s.key));
    expect(second).toMatchObject({ reason: 'failed', failures: 2, since: state!.since });
  });

  it('the next write that goes through catches the journal up by itself and clears the state', async () => {
    const s = await setup();
    off = s.off;
    await s.damage();
    const lost = await Promise.all([makeRecord(), makeRecord()]);
    for (const r of lost) await createRecord(s.db, r);
    expect(parseJournalState(s.storage.data.get(s.key))?.failures).toBe(2);
    await s.repair();
    const after = await makeRecord();
    await createRecord(s.db, after);
    // Not awaited by the capture: the catch-up runs after it.
    await vi.waitFor(() => expect(s.storage.data.has(s.key)).toBe(false));
    const contents = await readJournal(s.dir);
    expect(contents.records.map((c) => c.record.id).sort()).toEqual([...lost, after].map((r) => r.id).sort());
    for (const c of contents.records) expect(c.incomplete).toEqual([]);
  });

  it('the session catch-up runs again while behind (even after this session already caught up), and clears the state only when whole', async () => {
    const s = await setup();
    off = s.off;
    const marks = memoryStorage();
    expect(await s.keeper.catchUp(marks)).toBe(true);
    expect(marks.data.get(caughtUpKey(s.db.name))).toBe(true);
    await s.damage();
    const r = await makeRecord();
    await createRecord(s.db, r);
    // Still damaged: the catch-up fails too, and says so.
    expect(await s.keeper.catchUp(marks)).toBe(false);
    expect(parseJournalState(s.storage.data.get(s.key))?.failures).toBe(2);
    await s.repair();
    expect(await s.keeper.catchUp(marks)).toBe(true);
    expect(s.storage.data.has(s.key)).toBe(false);
    expect((await readJournal(s.dir)).records.map((c) => c.record.id)).toEqual([r.id]);
  });

  it('a damaged stored state reads as behind for an unknown reason, never throws, and a whole catch-up removes it', async () => {
    const s = await setup();
    off = s.off;
    for (const bad of ['kaputt', 7, [], {}, { reason: 'full', since: 'igår', lastAt: 'igår', failures: 1 }, { reason: 'rm -rf', since: '2024-01-01T00:00:00Z', lastAt: '2024-01-01T00:00:00Z', failures: 1 }, { reason: 'full', since: '2024-01-01T00:00:00Z', lastAt: '2024-01-01T00:00:00Z', failures: -1 }]) {
      expect(parseJournalState(bad)).toEqual({ reason: 'unknown', failures: 0 });
    }
    expect(parseJournalState(undefined)).toBeUndefined();
    const whole = { reason: 'full', since: '2024-01-01T00:00:00Z', lastAt: '2024-01-02T00:00:00Z', failures: 3 };
    expect(parseJournalState(whole)).toEqual(whole);
    // A failure on top of a damaged value starts afresh rather than failing.
    s.storage.data.set(s.key, 'kaputt');
    await noteJournalFailure(s.storage, s.db.name, new DOMException('full', 'QuotaExceededError'), false, new Date('2024-05-01T08:00:00Z'));
    expect(s.storage.data.get(s.key)).toEqual({ reason: 'full', since: '2024-05-01T08:00:00.000Z', lastAt: '2024-05-01T08:00:00.000Z', failures: 1, detail: 'QuotaExceededError' });
    s.storage.data.set(s.key, { broken: true });
    expect(await s.keeper.catchUp(memoryStorage())).toBe(true);
    expect(s.storage.data.has(s.key)).toBe(false);
  });

  it('opens the journal folder once, and opens it anew, noting no failure, when the one it kept fails', async () => {
    const storage = memoryStorage();
    // The folder first opened, and the one found when it is opened again (a folder made anew).
    const [kept, anew] = [storageFactory(), storageFactory()];
    const name = `behind-${Date.now()}-${n++}`;
    const db = new RecordsDb(name, { guard: new StoreGuard(name, storage), journal: false });
    let opened = 0;
    const keeper = createJournalKeeper(db, { root: () => openJournalRoot(opened++ === 0 ? kept : anew), storage });
    off = onCommitted(keeper.listener);
    const before = [await makeRecord(), await makeRecord()];
    for (const r of before) await createRecord(db, r);
    expect(opened).toBe(1);
    expect((await readJournal((await journalRoot(kept))!)).records.map((c) => c.record.id).sort()).toEqual(before.map((r) => r.id).sort());
    // The kept folder no longer takes records (its `records` a file, as a damaged folder leaves it).
    const keptDir = (await journalRoot(kept))!;
    await keptDir.removeEntry('records', { recursive: true });
    await keptDir.getFileHandle('records', { create: true });
    const after = await makeRecord();
    await createRecord(db, after);
    expect(opened).toBe(2);
    expect(storage.data.has(journalStateKey(name))).toBe(false);
    expect((await readJournal((await journalRoot(anew))!)).records.map((c) => c.record.id)).toEqual([after.id]);
  });

  it('a failure noted while a catch-up ran is not cleared by it', async () => {
    const storage = memoryStorage();
    const key = journalStateKey('db');
    await noteJournalFailure(storage, 'db', new Error('x'), false, new Date('2024-05-01T08:00:00Z'));
    const seen = storage.data.get(key);
    await noteJournalFailure(storage, 'db', new Error('x'), false, new Date('2024-05-01T08:00:01Z'));
    await clearJournalState(storage, 'db', seen);
    expect(parseJournalState(storage.data.get(key))?.failures).toBe(2);
    await clearJournalState(storage, 'db', storage.data.get(key));
    expect(storage.data.has(key)).toBe(false);
  });

  it('words the browser’s error as a reason the user can act on', () => {
    expect(journalFailureReason(new DOMException('no room', 'QuotaExceededError'), false)).toBe('full');
    expect(journalFailureReason(new DOMException('no room', 'QuotaExceededError'), true)).toBe('full');
    expect(journalFailureReason(new DOMException('refused', 'SecurityError'), true)).toBe('unavailable');
    expect(journalFailureReason(new DOMException('x', 'InvalidStateError'), true)).toBe('unavailable');
    expect(journalFailureReason(new DOMException('x', 'TypeMismatchError'), false)).toBe('failed');
    expect(journalFailureReason('odd', false)).toBe('failed');
  });

  it('a file system the browser refuses is "unavailable"; none at all keeps no journal and notes nothing', async () => {
    const storage = memoryStorage();
    const name = `behind-${Date.now()}-${n++}`;
    const db = new RecordsDb(name, { guard: new StoreGuard(name, storage), journal: false });
    const refusing = { getDirectory: () => Promise.reject(new DOMException('refused', 'SecurityError')) } as unknown as StorageManager;
    const keeper = createJournalKeeper(db, { root: () => openJournalRoot(refusing), storage });
    off = onCommitted(keeper.listener);
    await createRecord(db, await makeRecord());
    expect(parseJournalState(storage.data.get(journalStateKey(name)))).toMatchObject({ reason: 'unavailable', failures: 1 });
    off();
    storage.data.clear();
    const none = createJournalKeeper(db, { root: () => openJournalRoot({} as StorageManager), storage });
    off = onCommitted(none.listener);
    await createRecord(db, await makeRecord());
    expect(storage.data.has(journalStateKey(name))).toBe(false);
  });
});
