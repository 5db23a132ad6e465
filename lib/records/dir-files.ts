/**
 * File helpers shared by the two copies of the store kept in folders (issue 25): the journal in
 * the origin private file system (./journal/) and the records folder the user chose
 * (lib/records-folder/). Both write append-only, through the same File System Access handles.
 */

/** The file of that name in the folder, or undefined where there is none (or a folder by that name). */
export async function fileHandleIn(dir: FileSystemDirectoryHandle, name: string): Promise<FileSystemFileHandle | undefined> {
  try {
    return await dir.getFileHandle(name);
  } catch (error) {
    const kind = (error as { name?: string } | null)?.name;
    if (kind === 'NotFoundError' || kind === 'TypeMismatchError') return undefined;
    throw error;
  }
}

/**
 * Writes the file whole, or not at all: createWritable writes to a temporary copy ('<name>.crswap'
 * in Chromium) that replaces the file only at close(), so a kill half-way never leaves a half
 * file; but the name, made by getFileHandle, is left there empty (with the copy beside it). A
 * failed write is aborted, which drops the copy.
 */
export async function writeWhole(dir: FileSystemDirectoryHandle, name: string, data: Blob | string): Promise<void> {
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  try {
    await writable.write(data);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}
