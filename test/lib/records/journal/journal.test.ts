import { storageFactory } from 'opfs-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DISPOSAL_RULES, dueForDisposal } from '../../../../lib/disposal/rules';
import { disposeRecords } from '../../../../lib/disposal/run';
import { onCommitted } from '../../../../lib/records/commit-events';
import { createRecord } from '../../../../lib/records/create';
import { RecordsDb } from '../../../../lib/records/db';
import { sha256Hex } from '../../../../lib/records/digests';
import { catchUpJournal, checkedThroughKey } from '../../../../lib/records/journal/catch-up';
import { journalRoot, list } from '../../../../lib/records/journal/opfs';
import { readJournal } from '../../../../lib/records/journal/read';
import { restoreKey, restoreOnOpen } from '../../../../lib/records/journal/restore';
import { writeJournal } from '../../../../lib/records/journal/write';
import { changeStatus } from '../../../../lib/records/repository';
import { lossKey, StoreGuard, type GuardStorage } from '../../../../lib/records/store-guard';
import type { CaptureRecord } from '../../../../lib/records/schema';
import { ACTOR, makeRecord } from '../helpers';

// Issue 25, point 1: the journal in the origin private file system (in-memory OPFS here;
// the browser's own in test/e2e/store-loss.e2e.ts).

function memoryStorage(): GuardStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v), remove: async (k) => void data.delete(k) };
}

let n = 0;
const fresh = (storage: GuardStorage, root: () => Promise<FileSystemDirectoryHandle | undefined>, name = `journal-${Date.now()}-${n++}`) => new RecordsDb(name, { guard: new StoreGuard(name, storage), journal: root });

async function setup() {
  const storage = memoryStorage();
  const dir = (await journalRoot(storageFactory()))!;
  const db = fresh(storage, async () => dir);
  const off = onCommitted((events) => writeJournal(dir, events));
  return { storage, dir, db, off };
}

async function textOf(dir: FileSystemDirectoryHandle, path: string[]): Promise<string> {
  let d = dir;
  for (const part of path.slice(0, -1)) d = await d.getDirectoryHandle(part);
  return (await (await d.getFileHandle(path.at(-1)!)).getFile()).text();
}

const png = (seed: number) => new Blob([new Uint8Array([137, 80, 78, 71, seed, seed + 1])], { type: 'image/png' });

describe('the journal', () => {
  let off = () => {};
  afterEach(() => off());

  it('holds each record, its screenshot and every audit event, each file with its digest; append-only', async () => {
    const s = await setup();
    off = s.off;
    const shot = png(1);
    const r = await makeRecord({ screenshot: { status: 'ok', mime: 'image/png', width: 1, height: 1, bytes: 6, sha256: await sha256Hex(shot) } });
    await createRecord(s.db, r, { screenshot: shot });
    await changeStatus(s.db, [r.id], 'kept', ACTOR, { note: 'Behålls' });
    const { files, folders } = await list(await (await s.dir.getDirectoryHandle('records')).getDirectoryHandle(r.id));
    expect([...files.keys()].sort()).toEqual(['record.json', 'screenshot.png']);
    const events = [...(await list(folders.get('events')!)).files.keys()].sort();
    expect(events).toHaveLength(2);
    const envelope = JSON.parse(await textOf(s.dir, ['records', r.id, 'record.json'])) as { sha256: string; body: unknown; kind: string };
    expect(envelope.kind).toBe('record');
    expect(envelope.body).toEqual(JSON.parse(JSON.stringify(r)));
    const second = JSON.parse(await textOf(s.dir, ['records', r.id, 'events', events[1]!])) as { body: { audit: { to: string; note: string }; record: { status: string } } };
    expect(second.body.audit).toMatchObject({ to: 'kept', note: 'Behålls' });
    expect(second.body.record.status).toBe('kept');
    // A retry of the same capture writes nothing over what is there.
    await writeJournal(s.dir, [{ kind: 'created', record: { ...r, text: 'annat' }, audit: [] }]);
    expect(await textOf(s.dir, ['records', r.id, 'record.json'])).toBe(JSON.stringify(envelope));
  });

  it('a lost store is rebuilt from it: every record, screenshot and trail, and the user is told', async () => {
    const s = await setup();
    off = s.off;
    const made = [];
    for (let i = 0; i < 3; i++) {
      const shot = png(i);
      const r = await makeRecord({ capturedAt: `2024-03-0${i + 1}T10:00:00.000Z`, screenshot: { status: 'ok', mime: 'image/png', width: 1, height: 1, bytes: 6, sha256: await sha256Hex(shot) } });
      await createRecord(s.db, r, { screenshot: shot });
      made.push(r);
    }
    await changeStatus(s.db, [made[0]!.id], 'kept', ACTOR);
    const before = { records: await s.db.records.toArray(), audit: (await s.db.audit.toArray()).map(({ seq: _s, ...a }) => a) };
    // The guard has seen three records; then the browser deletes the store.
    await s.db.guard!.refresh(s.db);
    const name = s.db.name;
    expect(await catchUpJournal(s.db, s.dir, memoryStorage(), s.storage)).toBe(0);
    expect(s.storage.data.get(checkedThroughKey(name))).toBe(4);
    s.db.close();
    await new RecordsDb(name, { guard: false }).delete();
    const again = fresh(s.storage, async () => s.dir, name);
    await again.open();
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await again.records.toArray()).sort(byId)).toEqual(before.records.sort(byId));
    expect((await again.audit.orderBy('seq').toArray()).map(({ seq: _s, ...a }) => a)).toEqual(expect.arrayContaining(before.audit));
    expect(await again.audit.count()).toBe(before.audit.length);
    for (const r of made) expect(await sha256Hex((await again.screenshots.get(r.id))!.blob)).toBe(r.screenshot.status === 'ok' ? r.screenshot.sha256 : '');
    expect(s.storage.data.get(lossKey(name))).toBeUndefined();
    // The rebuilt store numbers its entries anew: the catch-up's mark is dropped with the old store.
    expect(s.storage.data.has(checkedThroughKey(name))).toBe(false);
    expect(s.storage.data.get(restoreKey(name))).toMatchObject({ records: 3, screenshots: 3, auditEntries: 4, incomplete: [], loss: { expected: 3 } });
  });

  it('disposal removes the journal copy and keeps the log line, so nothing disposed comes back', async () => {
    const s = await setup();
    off = s.off;
    const r = await makeRecord({ category: 'praise', capturedAt: '2024-01-01T00:00:00.000Z' });
    const keep = await makeRecord();
    await createRecord(s.db, r);
    await createRecord(s.db, keep);
    const rules = DEFAULT_DISPOSAL_RULES.map((x) => ({ ...x, requireExport: false }));
    await disposeRecords(s.db, dueForDisposal([r], rules, new Date('2024-12-01T00:00:00.000Z')), ACTOR);
    const contents = await readJournal(s.dir);
    expect(contents.records.map((x) => x.record.id)).toEqual([keep.id]);
    expect(contents.disposals).toMatchObject([{ recordId: r.id, contentSha256: r.contentSha256 }]);
    const folders = (await list(await s.dir.getDirectoryHandle('records'))).folders;
    expect([...folders.keys()]).toEqual([keep.id]);
  });

  it('altered, truncated, foreign and newer files are listed and never restored', async () => {
    const s = await setup();
    off = s.off;
    const good = await makeRecord();
    const altered = await makeRecord();
    const truncated = await makeRecord();
    const newer = await makeRecord();
    for (const r of [good, altered, truncated, newer]) await createRecord(s.db, r);
    const records = await s.dir.getDirectoryHandle('records');
    const rewrite = async (id: string, change: (text: string) => string) => {
      const handle = await (await records.getDirectoryHandle(id)).getFileHandle('record.json');
      const text = change(await (await handle.getFile()).text());
      const w = await handle.createWritable();
      await w.write(text);
      await w.close();
    };
    await rewrite(altered.id, (t) => t.replace(altered.author, 'Någon annan'));
    await rewrite(truncated.id, (t) => t.slice(0, 40));
    await rewrite(newer.id, (t) => t.replace('"version":1', '"version":2'));
    await records.getDirectoryHandle('../../etc', { create: true }).catch(() => records.getDirectoryHandle('not-a-record', { create: true }));
    const contents = await readJournal(s.dir);
    const problems = contents.problems.map((p) => `${p.path.split('/').slice(0, 2).join('/')} ${p.problem}`);
    expect(problems).toEqual(expect.arrayContaining([`records/${altered.id} digest`, `records/${truncated.id} unreadable`, `records/${newer.id} newer`]));
    expect(problems.some((p) => p.endsWith(' not-ours'))).toBe(true);
    // Their first audit events are still whole, so the records are known, but only as incomplete.
    const ids = contents.records.map((r) => r.record.id);
    expect(ids).toContain(good.id);
    expect(contents.records.find((r) => r.record.id === good.id)!.incomplete).toEqual([]);
    expect(contents.records.find((r) => r.record.id === altered.id)?.record.author).not.toBe('Någon annan');
  });

  it('what a kill during a write leaves (an empty file under the name, a .crswap copy beside it) is listed, never thrown, never restored', async () => {
    // Chromium, killed between getFileHandle({ create: true }) and close(): the name holds 0
    // bytes and the unfinished content sits in '<name>.crswap' (seen in test/e2e/reliability-capture).
    const s = await setup();
    off = s.off;
    const whole = await makeRecord();
    const tornRecord = await makeRecord();
    const tornEvent = await makeRecord();
    for (const r of [whole, tornRecord, tornEvent]) await createRecord(s.db, r);
    const records = await s.dir.getDirectoryHandle('records');
    const kill = async (dir: FileSystemDirectoryHandle, name: string) => {
      const handle = await dir.getFileHandle(name);
      const text = await (await handle.getFile()).text();
      await dir.removeEntry(name);
      await dir.getFileHandle(name, { create: true });
      const swap = await (await dir.getFileHandle(`${name}.crswap`, { create: true })).createWritable();
      await swap.write(text.slice(0, text.length >> 1));
      await swap.close();
    };
    await kill(await records.getDirectoryHandle(tornRecord.id), 'record.json');
    // Killed while writing the first event: record.json, written last, was never made.
    const eventDir = await records.getDirectoryHandle(tornEvent.id);
    await eventDir.removeEntry('record.json');
    const events = await eventDir.getDirectoryHandle('events');
    await kill(events, [...(await list(events)).files.keys()][0]!);
    const contents = await readJournal(s.dir);
    const problems = contents.problems.map((p) => `${p.path.split('/').slice(0, 2).join('/')} ${p.problem}`);
    expect(problems).toEqual(expect.arrayContaining([`records/${tornRecord.id} unreadable`, `records/${tornEvent.id} unreadable`]));
    // The torn record.json's record still comes back whole from its first event, which was written before it.
    expect(contents.records.map((r) => r.record.id).sort()).toEqual([whole.id, tornRecord.id].sort());
    expect(contents.records.find((r) => r.record.id === tornRecord.id)).toMatchObject({ record: JSON.parse(JSON.stringify(tornRecord)), incomplete: [] });
  });

  it('while the journal is read back the loss says so (no backup asked for yet); after, it is a loss again if not answered', async () => {
    const s = await setup();
    off = s.off;
    const made = [];
    for (let i = 0; i < 2; i++) {
      const r = await makeRecord({ capturedAt: `2024-03-0${i + 1}T10:00:00.000Z` });
      await createRecord(s.db, r);
      made.push(r);
    }
    const name = s.db.name;
    // A third record the journal never got (its write failed): the rebuild answers two of three.
    off();
    await createRecord(s.db, await makeRecord({ capturedAt: '2024-03-05T10:00:00.000Z' }));
    await s.db.guard!.refresh(s.db);
    s.db.close();
    await new RecordsDb(name, { guard: false }).delete();
    const seen: unknown[] = [];
    const again = fresh(s.storage, async () => {
      seen.push(s.storage.data.get(lossKey(name)));
      return s.dir;
    }, name);
    await again.open();
    expect(seen).toEqual([expect.objectContaining({ expected: 3, found: 0, rebuilding: expect.any(String) })]);
    expect(s.storage.data.get(lossKey(name))).toEqual({ detectedAt: expect.any(String), expected: 3, found: 2 });
    expect(s.storage.data.get(restoreKey(name))).toMatchObject({ records: 2, loss: { expected: 3 } });
    again.close();

    // Nothing to rebuild from (no journal folder): the loss is shown as one at once.
    await new RecordsDb(name, { guard: false }).delete();
    s.storage.data.delete(lossKey(name));
    const without = fresh(s.storage, async () => undefined, name);
    await without.open();
    expect(s.storage.data.get(lossKey(name))).toEqual({ detectedAt: expect.any(String), expected: 2, found: 0 });
    without.close();
  });

  it('an empty store beside an empty journal, or a full store, is left alone', async () => {
    const storage = memoryStorage();
    const dir = (await journalRoot(storageFactory()))!;
    const db = fresh(storage, async () => dir);
    await db.open();
    expect(await restoreOnOpen(db, null, async () => dir, { storage })).toBeUndefined();
    expect(storage.data.has(restoreKey(db.name))).toBe(false);
  });
});

describe('the journal catching up with the store, once per browser session', () => {
  let off = () => {};
  afterEach(() => off());

  it('records from before the journal are copied into it, with screenshot and trail, so a later loss brings them back too', async () => {
    const storage = memoryStorage();
    const dir = (await journalRoot(storageFactory()))!;
    const db = fresh(storage, async () => dir);
    // Written with no journal listening: as before the update.
    const shot = png(7);
    const old = await makeRecord({ screenshot: { status: 'ok', mime: 'image/png', width: 1, height: 1, bytes: 6, sha256: await sha256Hex(shot) } });
    await createRecord(db, old, { screenshot: shot });
    await changeStatus(db, [old.id], 'kept', ACTOR);
    expect((await readJournal(dir)).records).toEqual([]);
    expect(await catchUpJournal(db, dir, storage, storage)).toBe(1);
    expect(await catchUpJournal(db, dir, storage, storage)).toBe(0);
    const [copy] = (await readJournal(dir)).records;
    expect(copy!.record).toEqual(await db.records.get(old.id));
    expect(copy!.audit.map((a) => a.to)).toEqual(['captured', 'kept']);
    expect(copy!.incomplete).toEqual([]);
    expect(await sha256Hex(copy!.screenshot!)).toBe(await sha256Hex(shot));
  });

  it('a record a kill or a failed write left torn or missing in the journal is written again whole; swap copies are never read', async () => {
    const s = await setup();
    off = s.off;
    const [tornRecord, tornFirstEvent, lostChange, tornChange, whole] = (await Promise.all([1, 2, 3, 4, 5].map(() => makeRecord()))) as [CaptureRecord, CaptureRecord, CaptureRecord, CaptureRecord, CaptureRecord];
    for (const r of [tornRecord, tornFirstEvent, lostChange, tornChange, whole]) await createRecord(s.db, r);
    const records = await s.dir.getDirectoryHandle('records');
    const emptied = async (dir: FileSystemDirectoryHandle, name: string) => {
      await dir.removeEntry(name);
      await dir.getFileHandle(name, { create: true });
      const swap = await (await dir.getFileHandle(`${name}.crswap`, { create: true })).createWritable();
      await swap.write('{"format":');
      await swap.close();
    };
    const eventsOf = async (id: string) => (await records.getDirectoryHandle(id)).getDirectoryHandle('events');
    // Killed while writing record.json, and while writing the first event (record.json, written last, never made).
    await emptied(await records.getDirectoryHandle(tornRecord.id), 'record.json');
    await (await records.getDirectoryHandle(tornFirstEvent.id)).removeEntry('record.json');
    await emptied(await eventsOf(tornFirstEvent.id), [...(await list(await eventsOf(tornFirstEvent.id))).files.keys()][0]!);
    // A change whose journal write failed (the store committed, the journal was not written), and one killed half-way.
    s.off();
    await changeStatus(s.db, [lostChange.id, tornChange.id], 'kept', ACTOR);
    off = onCommitted((events) => writeJournal(s.dir, events));
    await writeJournal(s.dir, [{ kind: 'changed', record: (await s.db.records.get(tornChange.id))!, audit: (await s.db.audit.where('recordId').equals(tornChange.id).sortBy('seq'))[1]! }]);
    const changeEvents = [...(await list(await eventsOf(tornChange.id))).files.keys()].sort();
    await emptied(await eventsOf(tornChange.id), changeEvents[1]!);
    expect((await readJournal(s.dir)).problems.length).toBeGreaterThan(0);

    expect(await catchUpJournal(s.db, s.dir, s.storage, s.storage)).toBe(4);
    const contents = await readJournal(s.dir);
    expect(contents.problems).toEqual([]);
    for (const r of [tornRecord, tornFirstEvent, lostChange, tornChange, whole]) {
      const copy = contents.records.find((c) => c.record.id === r.id);
      expect(copy?.record).toEqual(await s.db.records.get(r.id));
      expect(copy?.audit.map((a) => a.to)).toEqual((await s.db.audit.where('recordId').equals(r.id).sortBy('seq')).map((a) => a.to));
      expect(copy?.incomplete).toEqual([]);
    }
    // Once per session; in the next one, a whole journal has nothing to write.
    expect(await catchUpJournal(s.db, s.dir, s.storage, s.storage)).toBe(0);
    expect(await catchUpJournal(s.db, s.dir, memoryStorage(), s.storage)).toBe(0);

    // A later session looks file by file only at records changed since (their entries are newer
    // than the last catch-up's), and still writes any record whose folder is gone altogether.
    off();
    await changeStatus(s.db, [whole.id], 'kept', ACTOR);
    off = onCommitted((events) => writeJournal(s.dir, events));
    await records.removeEntry(tornRecord.id, { recursive: true });
    expect(await catchUpJournal(s.db, s.dir, memoryStorage(), s.storage)).toBe(2);
    const later = await readJournal(s.dir);
    expect(later.problems).toEqual([]);
    for (const r of [tornRecord, whole]) {
      expect(later.records.find((c) => c.record.id === r.id)?.audit.map((a) => a.to)).toEqual((await s.db.audit.where('recordId').equals(r.id).sortBy('seq')).map((a) => a.to));
    }
  });
});
