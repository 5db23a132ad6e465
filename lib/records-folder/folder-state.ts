import Dexie, { type EntityTable, type Table } from 'dexie';

/**
 * Where the records folder's handle and its state are kept: a small store of its own beside the
 * records store (a FileSystemDirectoryHandle survives in IndexedDB; chrome.storage cannot hold
 * it), so the records store's numbered versions are not touched for a setting.
 */
export const FOLDER_DB_NAME = 'kommentarsvakt-folder';

/** Why the folder is behind the store: the code the UI words (`folder.behind.*`). */
export const BEHIND_REASONS = ['permission', 'missing', 'read-only', 'full', 'failed'] as const;
export type BehindReason = (typeof BEHIND_REASONS)[number];

export interface FolderChoice {
  key: 'folder';
  handle: FileSystemDirectoryHandle;
  /** The folder's own name, as the browser gives it (never its path). */
  name: string;
  chosenAt: string;
}

export interface FolderStatus {
  key: 'status';
  /** When a file was last written to the folder. */
  lastWrittenAt?: string;
  /** Set while the folder lacks something the store has; cleared once it has caught up. */
  behind?: { since: string; reason: BehindReason; detail?: string };
  /** Records whose files are not all in the folder yet (written at the next chance). */
  pending: string[];
}

/** A record read from the folder, written there by someone else's extension. */
export interface ImportedMark {
  recordId: string;
  /** Who wrote it to the folder (their profile name). */
  writtenBy: string;
  importedAt: string;
}

type Row = FolderChoice | FolderStatus;

export class FolderDb extends Dexie {
  settings!: Table<Row, Row['key']>;
  imported!: EntityTable<ImportedMark, 'recordId'>;
  constructor(name = FOLDER_DB_NAME) {
    super(name);
    this.version(1).stores({ settings: 'key', imported: 'recordId' });
  }
}

let shared: FolderDb | undefined;
export function getFolderDb(): FolderDb {
  shared ??= new FolderDb();
  return shared;
}

export async function chosenFolder(db: FolderDb = getFolderDb()): Promise<FolderChoice | undefined> {
  return (await db.settings.get('folder')) as FolderChoice | undefined;
}

export async function folderStatus(db: FolderDb = getFolderDb()): Promise<FolderStatus> {
  return ((await db.settings.get('status')) as FolderStatus | undefined) ?? { key: 'status', pending: [] };
}

/**
 * The folder's name when it holds an up-to-date copy of every record (chosen, not behind):
 * then the scheduled backup file is not needed (issue 25: "Firefox and no folder").
 */
export async function folderKeepsCopy(db: FolderDb = getFolderDb()): Promise<string | undefined> {
  const folder = await chosenFolder(db);
  if (!folder) return undefined;
  return (await folderStatus(db)).behind ? undefined : folder.name;
}

export async function chooseFolder(handle: FileSystemDirectoryHandle, now: Date, db: FolderDb = getFolderDb()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: 'folder', handle, name: handle.name, chosenAt: now.toISOString() });
    await db.settings.put({ key: 'status', pending: [] });
  });
}

export async function forgetFolder(db: FolderDb = getFolderDb()): Promise<void> {
  await db.settings.bulkDelete(['folder', 'status']);
}

/** Notes a write that reached the folder: these records are no longer pending. */
export async function noteWritten(ids: readonly string[], now: Date, db: FolderDb = getFolderDb()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const status = await folderStatus(db);
    const pending = status.pending.filter((id) => !ids.includes(id));
    const next: FolderStatus = { key: 'status', lastWrittenAt: now.toISOString(), pending };
    // Still behind while other records wait; the reason stays until those are written too.
    if (pending.length > 0 && status.behind) next.behind = status.behind;
    await db.settings.put(next);
  });
}

/** Notes a write that did not reach the folder: the records wait, and the user is told why. */
export async function noteBehind(ids: readonly string[], reason: BehindReason, now: Date, detail?: string, db: FolderDb = getFolderDb()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const status = await folderStatus(db);
    const pending = [...new Set([...status.pending, ...ids])].slice(-100_000);
    const since = status.behind?.since ?? now.toISOString();
    await db.settings.put({ ...status, pending, behind: { since, reason, ...(detail ? { detail: detail.slice(0, 300) } : {}) } });
  });
}
