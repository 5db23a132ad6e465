/**
 * Where a large export (a zip of thousands of files) is written while it is made, so memory
 * does not grow with the number of records (issue 5):
 * - OPFS (the origin private file system): the bytes go to a file on disk through a writable
 *   stream, and the finished File, backed by that disk file, is what the download reads.
 *   createWritable writes to a swap file that becomes the file only on close(): an export that
 *   fails half-way never leaves a partial file under the final name, and abort() drops it.
 * - Memory, where OPFS or createWritable is missing (older Firefox, private windows): the
 *   chunks are gathered into Blobs as they come, and the Blob is offered as before.
 * Finished files are deleted once the download has had time to read them (release), and any
 * left behind by a closed page are swept at the next export. A Web Lock held by the page that
 * owns a file keeps the sweep of another tab off it.
 */

export interface ExportSink {
  readonly kind: 'opfs' | 'memory';
  write(chunk: Uint8Array): Promise<void>;
  /** Completes the file and returns it: a disk-backed File (OPFS) or a Blob in memory. */
  close(mime: string): Promise<Blob>;
  /** Discards what was written: nothing of it stays, under any name. Safe to call twice. */
  abort(): Promise<void>;
  /** Deletes the finished file (the download has read it). Safe to call twice. */
  release(): Promise<void>;
}

const FOLDER = 'exports';
const LOCK_PREFIX = 'kommentarsvakt-export:';
/** Bytes gathered before one write: each write is a round trip to the browser process. */
const FLUSH_BYTES = 4 << 20;
/** Without Web Locks, a leftover is swept only when it is older than this. */
const STALE_MS = 60 * 60 * 1000;

/** True where this browser can stream a file into OPFS from a page (feature test, no writes). */
export function opfsWritable(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.storage?.getDirectory === 'function' &&
    typeof FileSystemFileHandle !== 'undefined' &&
    'createWritable' in FileSystemFileHandle.prototype
  );
}

async function exportsFolder(create: boolean): Promise<FileSystemDirectoryHandle | undefined> {
  try {
    return await (await navigator.storage.getDirectory()).getDirectoryHandle(FOLDER, { create });
  } catch {
    return undefined;
  }
}

/** Holds the lock named for `name` until the returned function is called. */
async function holdLock(name: string): Promise<() => void> {
  if (typeof navigator.locks?.request !== 'function') return () => undefined;
  return await new Promise((granted) => {
    void navigator.locks.request(LOCK_PREFIX + name, () => new Promise<void>((release) => granted(release)));
  });
}

/** Deletes export files no open page holds (left by a page closed before it released them). */
export async function sweepExportFiles(): Promise<string[]> {
  if (!opfsWritable()) return [];
  const folder = await exportsFolder(false);
  if (!folder) return [];
  const removed: string[] = [];
  const names: string[] = [];
  for await (const name of folder.keys()) names.push(name);
  for (const name of names) {
    const remove = async () => {
      await folder.removeEntry(name).then(
        () => removed.push(name),
        () => undefined, // still open for reading elsewhere (Windows): the next sweep gets it
      );
    };
    if (typeof navigator.locks?.request === 'function') {
      await navigator.locks.request(LOCK_PREFIX + name, { ifAvailable: true }, async (lock) => {
        if (lock) await remove();
      });
    } else {
      const file = await folder
        .getFileHandle(name)
        .then((h) => h.getFile())
        .catch(() => undefined);
      if (file && Date.now() - file.lastModified > STALE_MS) await remove();
    }
  }
  return removed;
}

function memorySink(): ExportSink {
  let blobs: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const gather = () => {
    if (pending.length > 0) blobs.push(new Blob(pending as BlobPart[]));
    pending = [];
    pendingBytes = 0;
  };
  return {
    kind: 'memory',
    write(chunk) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      // Into a Blob as we go: Chromium keeps large Blobs outside the page's heap.
      if (pendingBytes >= FLUSH_BYTES) gather();
      return Promise.resolve();
    },
    close(mime) {
      gather();
      const blob = new Blob(blobs, { type: mime });
      blobs = [];
      return Promise.resolve(blob);
    },
    abort() {
      blobs = [];
      pending = [];
      return Promise.resolve();
    },
    release: () => Promise.resolve(),
  };
}

async function opfsSink(fileName: string): Promise<ExportSink | undefined> {
  const folder = await exportsFolder(true);
  if (!folder) return undefined;
  // Unique, and sorted by time: two exports in the same second, in two tabs, do not meet.
  const name = `${Date.now()}-${crypto.randomUUID().slice(0, 8)}-${fileName.replace(/[^\w.-]/g, '_')}`;
  const unlock = await holdLock(name);
  let writable: FileSystemWritableFileStream;
  let handle: FileSystemFileHandle;
  try {
    handle = await folder.getFileHandle(name, { create: true });
    writable = await handle.createWritable();
  } catch {
    await folder.removeEntry(name).catch(() => undefined);
    unlock();
    return undefined;
  }
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let state: 'open' | 'closed' | 'gone' = 'open';
  const flush = async () => {
    if (pendingBytes === 0) return;
    let data = pending[0]!;
    if (pending.length > 1) {
      data = new Uint8Array(pendingBytes);
      let offset = 0;
      for (const p of pending) {
        data.set(p, offset);
        offset += p.length;
      }
    }
    pending = [];
    pendingBytes = 0;
    await writable.write(data as FileSystemWriteChunkType);
  };
  const remove = async () => {
    if (state === 'gone') return;
    if (state === 'open') await writable.abort().catch(() => undefined);
    state = 'gone';
    await folder.removeEntry(name).catch(() => undefined);
    unlock();
  };
  return {
    kind: 'opfs',
    async write(chunk) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= FLUSH_BYTES) await flush();
    },
    async close(mime) {
      await flush();
      await writable.close();
      state = 'closed';
      const file = await handle.getFile();
      // OPFS files have no type: a slice gives it one and still reads from the disk file.
      return mime && file.type !== mime ? file.slice(0, file.size, mime) : file;
    },
    abort: remove,
    release: remove,
  };
}

/** A sink for a file of this name: OPFS where the browser can, else memory. */
export async function openExportSink(fileName: string): Promise<ExportSink> {
  if (opfsWritable()) {
    await sweepExportFiles().catch(() => undefined);
    const sink = await opfsSink(fileName).catch(() => undefined);
    if (sink) return sink;
  }
  return memorySink();
}
