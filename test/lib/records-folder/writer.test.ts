import { storageFactory } from 'opfs-mock';
import { describe, expect, it, vi } from 'vitest';
import { FolderDb, type FolderChoice } from '../../../lib/records-folder/folder-state';
import { createMirror } from '../../../lib/records-folder/mirror';
import { recordDirName, RECORD_FILE } from '../../../lib/records-folder/layout';
import { scanFolder } from '../../../lib/records-folder/reader';
import { recordsLacking, writeRecord } from '../../../lib/records-folder/writer';
import type { CaptureRecord } from '../../../lib/records/schema';
import { auditFor, makePng, makeRecord } from '../export/fixtures';
import { freshDb } from '../records/helpers';

// The folder's writer in an in-memory file system (the browser's own in test/e2e/records-folder.e2e.ts).

const png = makePng(4, 4);
const files = (record: CaptureRecord) => ({ record, screenshot: new Blob([png as BlobPart], { type: 'image/png' }), audit: auditFor(record), by: 'Eva Holm' });
const stateOf = async (root: FileSystemDirectoryHandle, id: string) => (await scanFolder(root)).find((e) => e.recordId === id)?.state;

describe('which records a catch-up writes', () => {
  it('a record folder whose write was cut short (no record.json) is lacking, as is one not there; a whole one is not', async () => {
    const root = await storageFactory().getDirectory();
    const [whole, cut, absent] = await Promise.all([1, 2, 3].map((n) => makeRecord(n, {}, png)));
    await writeRecord(root, files(whole!));
    await writeRecord(root, files(cut!));
    // What a queue closed mid-write leaves: the folder, its screenshot and events, not record.json
    // (written last). A colleague reads it as still arriving, and never reads it in.
    await (await root.getDirectoryHandle(recordDirName(cut!))).removeEntry(RECORD_FILE);
    expect(await stateOf(root, cut!.id)).toBe('incomplete');

    expect(await recordsLacking(root, [whole!.id, cut!.id, absent!.id])).toEqual([cut!.id, absent!.id]);

    // Written again (each part at most once), it is whole, and a colleague reads it in.
    await writeRecord(root, files(cut!));
    expect(await recordsLacking(root, [whole!.id, cut!.id])).toEqual([]);
    expect(await stateOf(root, cut!.id)).toBe('valid');
  });

  it('a record.json still empty (the browser creates it so, and swaps the content in on close) is lacking, and read as still arriving', async () => {
    const root = await storageFactory().getDirectory();
    const [whole, cut] = await Promise.all([1, 2].map((n) => makeRecord(n, {}, png)));
    await writeRecord(root, files(whole!));
    await writeRecord(root, files(cut!));
    // A write stopped between creating the file and closing it.
    const writable = await (await (await root.getDirectoryHandle(recordDirName(cut!))).getFileHandle(RECORD_FILE)).createWritable();
    await writable.truncate(0);
    await writable.close();
    expect(await stateOf(root, cut!.id)).toBe('incomplete');
    expect(await recordsLacking(root, [whole!.id, cut!.id])).toEqual([cut!.id]);

    await writeRecord(root, files(cut!));
    expect(await recordsLacking(root, [whole!.id, cut!.id])).toEqual([]);
    expect(await stateOf(root, cut!.id)).toBe('valid');
  });
});

let n = 0;
/** The chosen folder, granted: fake-indexeddb cannot keep a handle, so the folder store hands it out. */
function chosen(root: FileSystemDirectoryHandle): FolderDb {
  Object.assign(root, { queryPermission: async () => 'granted' });
  const folderDb = new FolderDb(`writer-test-${Date.now()}-${n++}`);
  const choice: FolderChoice = { key: 'folder', handle: root, name: 'Delad', chosenAt: '2026-03-02T08:00:00.000Z' };
  const get = folderDb.settings.get.bind(folderDb.settings);
  vi.spyOn(folderDb.settings, 'get').mockImplementation(((key: string) => (key === 'folder' ? Promise.resolve(choice) : get(key as 'status'))) as typeof folderDb.settings.get);
  return folderDb;
}

describe('the catch-up of a page that opens (all records)', () => {
  it('completes a record folder whose write was cut short, so that colleagues can read it in', async () => {
    const root = await storageFactory().getDirectory();
    const db = freshDb();
    const [whole, cut] = await Promise.all([1, 2].map((n) => makeRecord(n, {}, png)));
    for (const r of [whole!, cut!]) {
      await db.records.add(r);
      await db.screenshots.add({ recordId: r.id, blob: files(r).screenshot });
      const { seq: _seq, ...captured } = auditFor(r)[0]!;
      await db.audit.add(captured);
      await writeRecord(root, files(r));
    }
    // Closed mid-write: the folder is there, record.json (written last) is not.
    await (await root.getDirectoryHandle(recordDirName(cut!))).removeEntry(RECORD_FILE);

    const mirror = createMirror({ db, folderDb: chosen(root), by: async () => 'Eva Holm' });
    expect(await mirror.catchUp({ all: true })).toBe(1);
    expect(await stateOf(root, cut!.id)).toBe('valid');
    expect(await stateOf(root, whole!.id)).toBe('valid');
  });
});
