import { fileHandleIn, writeWhole } from '../dir-files';
import { isSwapCopy } from './format';
import { JOURNAL_DIR } from './format';

/**
 * The journal's folder in the origin private file system of the extension (the background
 * and the extension pages share it), or undefined where there is none (unit tests in Node, a
 * browser without OPFS): then no journal is kept, and the store works as before.
 */
export async function journalRoot(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<FileSystemDirectoryHandle | undefined> {
  try {
    return await openJournalRoot(storage);
  } catch {
    return undefined;
  }
}

/**
 * As journalRoot, but a browser that has the file system and refuses it (a damaged profile, a
 * policy) throws, so the journal's writer can tell the user it is behind (./state.ts).
 */
export async function openJournalRoot(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<FileSystemDirectoryHandle | undefined> {
  if (typeof storage?.getDirectory !== 'function') return undefined;
  return (await storage.getDirectory()).getDirectoryHandle(JOURNAL_DIR, { create: true });
}

/** The sub-folder, made when missing. */
export function folder(dir: FileSystemDirectoryHandle, name: string): Promise<FileSystemDirectoryHandle> {
  return dir.getDirectoryHandle(name, { create: true });
}

/**
 * Writes a new file; one that is already there is left as it is (append-only: a retried
 * capture writes the same record again, never a different one over it). An empty file is not one:
 * a kill during writeWhole leaves the name empty (see there), and the next write of that record
 * (a retry, or the journal's catch-up) must mend it rather than keep the hole.
 */
export async function writeNew(dir: FileSystemDirectoryHandle, name: string, data: Blob | string): Promise<void> {
  const there = await fileHandleIn(dir, name);
  if (there && (await there.getFile()).size > 0) return;
  await writeWhole(dir, name, data);
}

/**
 * The entries of a folder, by name (files and folders apart), without the browser's swap copies
 * of files being written (isSwapCopy); an unreadable folder is empty.
 */
export async function list(dir: FileSystemDirectoryHandle): Promise<{ files: Map<string, FileSystemFileHandle>; folders: Map<string, FileSystemDirectoryHandle> }> {
  const files = new Map<string, FileSystemFileHandle>();
  const folders = new Map<string, FileSystemDirectoryHandle>();
  try {
    for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
      if (handle.kind === 'file') {
        if (!isSwapCopy(name)) files.set(name, handle as FileSystemFileHandle);
      }
      else folders.set(name, handle as FileSystemDirectoryHandle);
    }
  } catch {
    // A folder removed meanwhile (disposal in another page) reads as empty.
  }
  return { files, folders };
}
