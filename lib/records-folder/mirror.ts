import { onCommitted, type CommitEvent } from '../records/commit-events';
import type { RecordsDb } from '../records/db';
import { serialQueue } from '../serial';
import { auditTrail } from '../records/audit';
import { chosenFolder, folderStatus, getFolderDb, noteBehind, noteWritten, type FolderDb } from './folder-state';
import { handlingSnapshot } from './layout';
import { writePermission } from './permission';
import type { AuditEntry, CaptureRecord } from '../records/schema';
import { behindReason, FolderWriteError, recordsLacking, writeDisposal, writeEvent, writePdfIfMissing, writeRecord } from './writer';

export interface MirrorDeps {
  db: RecordsDb;
  folderDb?: FolderDb;
  /** The profile name written into record.json. */
  by: () => Promise<string>;
  now?: () => Date;
  /**
   * Makes a record's PDF. Extension pages pass it (pdf-lib and the fonts load there on first
   * use); the background does not, so a capture's PDF is written by the next page that catches up.
   */
  pdf?: (record: CaptureRecord, screenshot: Blob | undefined, audit: readonly AuditEntry[]) => Promise<Uint8Array>;
}

/** The chosen folder, if we may write to it now; else why not. */
async function writableFolder(folderDb: FolderDb): Promise<FileSystemDirectoryHandle | undefined> {
  const choice = await chosenFolder(folderDb);
  if (!choice) return undefined;
  const state = await writePermission(choice.handle);
  if (state !== 'granted') throw new FolderWriteError('permission', state);
  return choice.handle;
}

function idsOf(events: readonly CommitEvent[]): string[] {
  return events.flatMap((e) => (e.kind === 'disposed' ? e.entries.map((d) => d.recordId) : [e.record.id]));
}

async function writeEvents(root: FileSystemDirectoryHandle, events: readonly CommitEvent[], by: string): Promise<void> {
  for (const e of events) {
    if (e.kind === 'created') await writeRecord(root, { record: e.record, screenshot: e.screenshot, audit: e.audit, by });
    else if (e.kind === 'changed') await writeEvent(root, e.record, e.audit, handlingSnapshot(e.record));
    else await writeDisposal(root, e.entries);
  }
}

/**
 * Writes what the store committed to the records folder, in order. The folder never delays or
 * fails a capture: the store has committed; a write the folder refuses leaves the record pending
 * and the folder marked behind (with why), and catchUp() writes it later.
 */
export function createMirror(deps: MirrorDeps) {
  const folderDb = deps.folderDb ?? getFolderDb();
  const now = deps.now ?? (() => new Date());
  const queue = serialQueue();
  const serial = (job: () => Promise<void>) => queue(job).catch(() => undefined);

  async function mirror(events: readonly CommitEvent[]): Promise<void> {
    const ids = idsOf(events);
    try {
      const root = await writableFolder(folderDb);
      if (!root) return;
      await writeEvents(root, events, await deps.by());
      await noteWritten(ids, now(), folderDb);
    } catch (error) {
      await noteBehind(ids, behindReason(error), now(), String((error as Error)?.message ?? error), folderDb);
    }
  }

  /** record.pdf for each record of the store whose folder has none yet. */
  async function writePdfs(root: FileSystemDirectoryHandle, make: NonNullable<MirrorDeps['pdf']>): Promise<void> {
    const records = await deps.db.records.toArray();
    for (const record of records) {
      await writePdfIfMissing(root, record, async () => {
        const [shot, audit] = await Promise.all([deps.db.screenshots.get(record.id), auditTrail(deps.db, record.id)]);
        return make(record, shot?.blob, audit);
      });
    }
  }

  /**
   * Writes every record the folder lacks: those marked pending, and (with `all`) any record of
   * the store whose folder is not there or not whole (emptied, or a write cut short). Returns how many
   * records were written.
   */
  async function catchUp({ all = false } = {}): Promise<number> {
    let written = 0;
    await serial(async () => {
      const status = await folderStatus(folderDb);
      let ids = status.pending;
      try {
        const root = await writableFolder(folderDb);
        if (!root) return;
        if (all) {
          const local = (await deps.db.records.toCollection().primaryKeys()) as string[];
          ids = [...new Set([...ids, ...(await recordsLacking(root, local))])];
        }
        const by = await deps.by();
        for (const id of ids) {
          const record = await deps.db.records.get(id);
          if (record) {
            const [shot, audit] = await Promise.all([deps.db.screenshots.get(id), auditTrail(deps.db, id)]);
            await writeRecord(root, { record, screenshot: shot?.blob, audit, by });
            written++;
          }
        }
        await noteWritten(ids, now(), folderDb);
        if (all && deps.pdf) await writePdfs(root, deps.pdf);
      } catch (error) {
        await noteBehind([], behindReason(error), now(), String((error as Error)?.message ?? error), folderDb);
      }
    });
    return written;
  }

  return {
    /** Not awaited by the store: the folder may be a slow network share. */
    listener: (events: readonly CommitEvent[]) => void serial(() => mirror(events)),
    catchUp,
    /** Resolves when every write queued so far has ended. */
    idle: () => serial(async () => undefined),
  };
}

/** Starts mirroring this context's commits (the background's captures, a page's status changes). */
export function startFolderMirror(deps: MirrorDeps): { stop: () => void; catchUp: (opts?: { all?: boolean }) => Promise<number> } {
  const mirror = createMirror(deps);
  const stop = onCommitted(mirror.listener);
  return { stop, catchUp: mirror.catchUp };
}
