import { fileHandleIn, writeWhole } from '../records/dir-files';
import type { AuditEntry, CaptureRecord } from '../records/schema';
import type { DisposalEntry } from '../records/disposal-log';
import type { BehindReason } from './folder-state';
import { EVENTS_DIR, eventDigest, eventFile, eventFileName, handlingSnapshot, idFromDirName, PDF_FILE, recordDirName, recordFile, RECORD_FILE, SCREENSHOT_FILE, type HandlingSnapshot } from './layout';

/** The folder where disposal (gallring) leaves one log line per record it removed. */
export const DISPOSAL_DIR = 'gallringslogg';

/** A write the folder refused, with the reason the user is told. */
export class FolderWriteError extends Error {
  constructor(
    readonly reason: BehindReason,
    detail: string,
  ) {
    super(detail);
    this.name = 'FolderWriteError';
  }
}

/** The browser's refusal, as the reason the user can act on. */
export function behindReason(error: unknown): BehindReason {
  const name = (error as { name?: string } | null)?.name;
  if (error instanceof FolderWriteError) return error.reason;
  if (name === 'NotFoundError') return 'missing';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'permission';
  if (name === 'NoModificationAllowedError' || name === 'InvalidModificationError' || name === 'InvalidStateError') return 'read-only';
  if (name === 'QuotaExceededError') return 'full';
  return 'failed';
}

async function exists(dir: FileSystemDirectoryHandle, name: string): Promise<File | undefined> {
  return (await fileHandleIn(dir, name))?.getFile();
}

/** A JSON file is whole when it parses: then it stays as it is, whoever wrote it. */
async function wholeJson(file: File): Promise<boolean> {
  try {
    JSON.parse(await file.text());
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes one file unless the folder already holds it whole (JSON that parses; other files: the
 * same size): a file there is never rewritten with other content (a colleague's record.json
 * keeps its writtenBy), and one a sync left short is mended. createWritable writes aside and
 * swaps in on close (writeWhole), so a reader never sees half a file of ours.
 */
async function writeOnce(dir: FileSystemDirectoryHandle, name: string, data: Blob): Promise<boolean> {
  const there = await exists(dir, name);
  if (there && (name.endsWith('.json') ? await wholeJson(there) : there.size === data.size)) return false;
  await writeWhole(dir, name, data);
  return true;
}

const json = (value: unknown) => new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });

async function recordDir(root: FileSystemDirectoryHandle, record: CaptureRecord): Promise<FileSystemDirectoryHandle> {
  return root.getDirectoryHandle(recordDirName(record), { create: true });
}

export interface RecordFiles {
  record: CaptureRecord;
  screenshot?: Blob | undefined;
  audit: readonly AuditEntry[];
  /** Who writes (the profile name), noted in record.json. */
  by: string;
}

/**
 * Whether someone disposed of the record in this folder (its line is in gallringslogg/): then no
 * extension writes it there again, whatever its own store still holds.
 */
export async function disposedInFolder(root: FileSystemDirectoryHandle, recordId: string): Promise<boolean> {
  try {
    await (await root.getDirectoryHandle(DISPOSAL_DIR)).getFileHandle(`${recordId}.json`);
    return true;
  } catch {
    return false;
  }
}

/** Writes an audit event's file (named by its digest, so a second write of it is a no-op). */
export async function writeEvent(root: FileSystemDirectoryHandle, record: CaptureRecord, entry: AuditEntry, handling?: HandlingSnapshot): Promise<void> {
  if (await disposedInFolder(root, record.id)) return;
  const events = await (await recordDir(root, record)).getDirectoryHandle(EVENTS_DIR, { create: true });
  const digest = await eventDigest(entry);
  await writeOnce(events, eventFileName(entry, digest), json(eventFile(entry, digest, handling)));
}

/**
 * Writes a record's folder: record.json, the screenshot, and every audit event it lacks. Called
 * at capture and again whenever the folder was found behind; each part is written at most once.
 */
export async function writeRecord(root: FileSystemDirectoryHandle, files: RecordFiles): Promise<void> {
  if (await disposedInFolder(root, files.record.id)) return;
  const dir = await recordDir(root, files.record);
  if (files.screenshot) await writeOnce(dir, SCREENSHOT_FILE, files.screenshot);
  // The events before record.json: a reader that sees record.json finds its trail complete.
  const trail = [...files.audit];
  for (const [i, entry] of trail.entries()) await writeEvent(root, files.record, entry, i === trail.length - 1 ? handlingSnapshot(files.record) : undefined);
  await writeOnce(dir, RECORD_FILE, json(recordFile(files.record, files.by)));
}


/**
 * Writes record.pdf (the registrar's document, as the PDF export makes it) where the record's
 * folder has none; never replaces one. Returns whether it wrote.
 */
export async function writePdfIfMissing(root: FileSystemDirectoryHandle, record: CaptureRecord, make: () => Promise<Uint8Array>): Promise<boolean> {
  if (await disposedInFolder(root, record.id)) return false;
  const dir = await recordDir(root, record);
  if (await exists(dir, PDF_FILE)) return false;
  const bytes = await make();
  return writeOnce(dir, PDF_FILE, new Blob([bytes as BlobPart], { type: 'application/pdf' }));
}

/** The names of the record folders in the root, by record id. */
export async function recordDirsById(root: FileSystemDirectoryHandle): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>();
  for await (const [name, handle] of root.entries()) {
    if (handle.kind !== 'directory') continue;
    const id = idFromDirName(name);
    if (id) byId.set(id, [...(byId.get(id) ?? []), name]);
  }
  return byId;
}

/**
 * Of these records, those whose folder lacks record.json or has it empty: none there yet, or a
 * write cut short (the page closed, the worker stopped). writeRecord writes record.json last, so
 * a folder without it may lack any other file too; a catch-up that counted such a folder as
 * written never completed it, and colleagues never read the record in.
 */
export async function recordsLacking(root: FileSystemDirectoryHandle, ids: readonly string[]): Promise<string[]> {
  const dirs = await recordDirsById(root);
  // A folder removed while we look (a colleague's disposal, a sync) counts as lacking: writeRecord checks again.
  // An empty record.json too: the browser creates the file empty and swaps the content in on close.
  const whole = async (name: string) => {
    try {
      return ((await exists(await root.getDirectoryHandle(name), RECORD_FILE))?.size ?? 0) > 0;
    } catch {
      return false;
    }
  };
  const lacking: string[] = [];
  for (const id of ids) {
    let found = false;
    for (const name of dirs.get(id) ?? []) if (!found) found = await whole(name);
    if (!found) lacking.push(id);
  }
  return lacking;
}

/**
 * Disposal (gallring), after the user confirmed it in the queue: the record's folder goes, and a
 * line of the disposal log stays in gallringslogg/ (no content: ids, digests, rule, who, when).
 * The only deletion we ever make in the folder.
 */
export async function writeDisposal(root: FileSystemDirectoryHandle, entries: readonly DisposalEntry[]): Promise<void> {
  const log = await root.getDirectoryHandle(DISPOSAL_DIR, { create: true });
  const dirs = await recordDirsById(root);
  for (const entry of entries) {
    const { seq: _seq, ...line } = entry;
    await writeOnce(log, `${entry.recordId}.json`, json({ format: 'kommentarsvakt-disposal', formatVersion: 1, disposal: line }));
    for (const name of dirs.get(entry.recordId) ?? []) await root.removeEntry(name, { recursive: true });
  }
}
