import { describe, expect, it } from 'vitest';
import { auditTrail } from '../../../lib/records/audit';
import type { AuditEntry, CaptureRecord } from '../../../lib/records/schema';
import { FolderDb } from '../../../lib/records-folder/folder-state';
import { importEntries } from '../../../lib/records-folder/importer';
import { eventDigest, eventFile, recordFile, type HandlingSnapshot } from '../../../lib/records-folder/layout';
import type { FolderEntry } from '../../../lib/records-folder/reader';
import { makePng, makeRecord } from '../export/fixtures';
import { freshDb } from '../records/helpers';

const NOW = new Date('2026-03-02T08:00:00.000Z');
let n = 0;
const folderDb = () => new FolderDb(`folder-test-${Date.now()}-${n++}`);

async function entry(record: CaptureRecord, events: { at: string; by: string; from: string | null; to: string; handling?: HandlingSnapshot }[], writtenBy = 'Eva Holm'): Promise<FolderEntry> {
  const files = await Promise.all(
    events.map(async (e) => {
      const audit: AuditEntry = { recordId: record.id, at: e.at, by: e.by, from: e.from, to: e.to };
      return eventFile(audit, await eventDigest(audit), e.handling);
    }),
  );
  return { name: `x_${record.id}`, state: 'valid', recordId: record.id, record: recordFile(record, writtenBy), screenshot: new Blob([makePng(4, 4) as BlobPart], { type: 'image/png' }), events: files };
}

const captured = (r: CaptureRecord) => ({ at: r.capturedAt, by: r.capturedBy.name, from: null, to: 'captured' });

describe('reading a colleague’s records into the store', () => {
  it('adds a record it lacks, with its screenshot, its trail in time order, and the status of the latest event', async () => {
    const db = freshDb();
    const fdb = folderDb();
    const r = await makeRecord(1);
    const e = await entry(r, [{ at: '2026-03-01T12:00:00.000Z', by: 'Anna Berg', from: 'captured', to: 'kept', handling: { status: 'kept', notes: 'Sparas' } }, captured(r)]);
    expect(await importEntries(db, [e], NOW, fdb)).toEqual({ added: [r.id], updated: [] });
    const stored = (await db.records.get(r.id))!;
    expect(stored.status).toBe('kept');
    expect(stored.notes).toBe('Sparas');
    expect(stored.contentSha256).toBe(r.contentSha256);
    expect(await db.screenshots.get(r.id)).toBeDefined();
    expect((await auditTrail(db, r.id)).map((a) => a.to)).toEqual(['captured', 'kept']);
    expect(await fdb.imported.get(r.id)).toMatchObject({ writtenBy: 'Eva Holm' });
    // Read again: nothing new, nothing doubled.
    expect(await importEntries(db, [e], NOW, fdb)).toEqual({ added: [], updated: [] });
    expect(await auditTrail(db, r.id)).toHaveLength(2);
  });

  it('two changes made at once both stay in the trail; the later one is the status', async () => {
    const db = freshDb();
    const r = await makeRecord(2);
    await db.records.add(r);
    await db.audit.add({ recordId: r.id, at: r.capturedAt, by: r.capturedBy.name, from: null, to: 'captured' });
    // Here: kept at 12:00. In the folder, from a colleague: forwarded at 12:01.
    await db.records.put({ ...r, status: 'kept' });
    await db.audit.add({ recordId: r.id, at: '2026-03-01T12:00:00.000Z', by: 'Eva Holm', from: 'captured', to: 'kept' });
    const e = await entry(r, [captured(r), { at: '2026-03-01T12:01:00.000Z', by: 'Anna Berg', from: 'captured', to: 'forwarded', handling: { status: 'forwarded' } }]);
    expect(await importEntries(db, [e], NOW, folderDb())).toEqual({ added: [], updated: [r.id] });
    expect((await db.records.get(r.id))!.status).toBe('forwarded');
    expect((await auditTrail(db, r.id)).map((a) => `${a.by}:${a.to}`)).toEqual([`${r.capturedBy.name}:captured`, 'Eva Holm:kept', 'Anna Berg:forwarded']);
  });

  it('an earlier change from the folder joins the trail but does not undo a later one here', async () => {
    const db = freshDb();
    const r = await makeRecord(3);
    await db.records.add({ ...r, status: 'kept' });
    await db.audit.bulkAdd([
      { recordId: r.id, at: r.capturedAt, by: r.capturedBy.name, from: null, to: 'captured' },
      { recordId: r.id, at: '2026-03-01T13:00:00.000Z', by: 'Eva Holm', from: 'captured', to: 'kept' },
    ]);
    const e = await entry(r, [captured(r), { at: '2026-03-01T12:00:00.000Z', by: 'Anna Berg', from: 'captured', to: 'forwarded' }]);
    await importEntries(db, [e], NOW, folderDb());
    expect((await db.records.get(r.id))!.status).toBe('kept');
    expect(await auditTrail(db, r.id)).toHaveLength(3);
  });

  it('never brings back a record disposed of here, and never imports an entry that is not whole', async () => {
    const db = freshDb();
    const gone = await makeRecord(4);
    await db.disposals.add({ recordId: gone.id, contentSha256: gone.contentSha256, at: '2026-03-01T00:00:00.000Z', by: 'Eva Holm', ruleId: 'r', ruleLabel: 'r', fromStatus: 'registered' });
    const half = { ...(await entry(await makeRecord(5), [captured(await makeRecord(5))])), state: 'incomplete' as const };
    expect(await importEntries(db, [await entry(gone, [captured(gone)]), half], NOW, folderDb())).toEqual({ added: [], updated: [] });
    expect(await db.records.count()).toBe(0);
  });
});
