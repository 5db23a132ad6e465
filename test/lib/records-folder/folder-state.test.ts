import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { chooseFolder, FolderDb, folderKeepsCopy, noteBehind, noteWritten } from '../../../lib/records-folder/folder-state';

const NOW = new Date('2026-03-02T08:00:00.000Z');
let n = 0;
const folderDb = () => new FolderDb(`folder-state-test-${Date.now()}-${n++}`);
const handle = { name: 'Sociala medier – diarium', kind: 'directory' } as unknown as FileSystemDirectoryHandle;

// Issue 25: the scheduled backup file is for "Firefox and no folder"; a folder that is behind
// is not a copy, so the backup is made again until it has caught up.
describe('folderKeepsCopy', () => {
  it('is undefined without a folder', async () => {
    expect(await folderKeepsCopy(folderDb())).toBeUndefined();
  });

  it('names a chosen folder that is up to date, and not one that is behind until it catches up', async () => {
    const db = folderDb();
    await chooseFolder(handle, NOW, db);
    expect(await folderKeepsCopy(db)).toBe('Sociala medier – diarium');
    await noteBehind(['r1'], 'permission', NOW, undefined, db);
    expect(await folderKeepsCopy(db)).toBeUndefined();
    await noteWritten(['r1'], new Date(NOW.getTime() + 1000), db);
    expect(await folderKeepsCopy(db)).toBe('Sociala medier – diarium');
  });
});
