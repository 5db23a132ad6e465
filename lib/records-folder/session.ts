import { getDb, type RecordsDb } from '../records/db';
import { getSettings } from '../settings/store';
import { chosenFolder, getFolderDb, type FolderDb } from './folder-state';
import { importEntries, type ImportResult } from './importer';
import { startFolderMirror } from './mirror';
import { eventDigest, eventFileName } from './layout';
import { writePermission } from './permission';
import { scanFolder, type FolderEntry } from './reader';
import { DISPOSAL_DIR } from './writer';

/** The event file names each record of the store would have in the folder. */
async function knownEvents(db: RecordsDb): Promise<Map<string, Set<string>>> {
  const known = new Map<string, Set<string>>();
  for (const entry of await db.audit.toArray()) {
    const names = known.get(entry.recordId) ?? new Set<string>();
    names.add(eventFileName(entry, await eventDigest(entry)));
    known.set(entry.recordId, names);
  }
  return known;
}

export type ReadOutcome = { status: 'none' } | { status: 'permission' } | { status: 'failed'; detail: string } | { status: 'read'; result: ImportResult; problems: FolderEntry[] };

/**
 * Reads the folder into the store (an extension page's job: it can ask for permission): every
 * whole record of a colleague's is added or merged, everything else is returned to be listed.
 */
export async function readFolder(db: RecordsDb = getDb(), now = new Date(), folderDb: FolderDb = getFolderDb()): Promise<ReadOutcome> {
  const choice = await chosenFolder(folderDb);
  if (!choice) return { status: 'none' };
  if ((await writePermission(choice.handle)) !== 'granted') return { status: 'permission' };
  try {
    const known = await knownEvents(db);
    const entries = await scanFolder(choice.handle, (name) => name === DISPOSAL_DIR, (id) => known.get(id));
    const result = await importEntries(db, entries, now, folderDb);
    return { status: 'read', result, problems: entries.filter((e) => e.state !== 'valid') };
  } catch (error) {
    return { status: 'failed', detail: String((error as Error)?.message ?? error).slice(0, 300) };
  }
}

interface ObserverCtor {
  new (callback: () => void): { observe(handle: FileSystemHandle, options: { recursive: boolean }): Promise<void>; disconnect(): void };
}

/**
 * Calls `onChange` (debounced) when files in the folder change, where the browser can observe a
 * folder (FileSystemObserver, Chromium 129+); elsewhere the folder is read when the page opens
 * and on the user's "Läs mappen nu". Returns the function that stops watching.
 */
export function watchFolder(handle: FileSystemDirectoryHandle, onChange: () => void, delayMs = 400): () => void {
  const Observer = (globalThis as { FileSystemObserver?: ObserverCtor }).FileSystemObserver;
  if (!Observer) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new Observer(() => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  void observer.observe(handle, { recursive: true }).catch(() => undefined);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}

let pageMirror: ReturnType<typeof startFolderMirror> | undefined;

/** The mirror of an extension page's own commits (status changes, handling, disposal). */
export function startPageMirror(): ReturnType<typeof startFolderMirror> {
  pageMirror ??= startFolderMirror({
    db: getDb(),
    by: async () => (await getSettings()).profile.name,
    pdf: async (record, screenshot, audit) => {
      const [{ buildRecordPdf }, settings] = await Promise.all([import('../export/pdf'), getSettings()]);
      return buildRecordPdf({ record, audit, exportedBy: settings.profile, exportedAt: new Date(), ...(screenshot ? { screenshot: new Uint8Array(await screenshot.arrayBuffer()) } : {}) });
    },
  });
  return pageMirror;
}
