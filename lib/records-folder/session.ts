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
export function watchFolder(handle: FileSystemDirectoryHandle, onChange: () => void, delayMs = 400, retryMs = 5_000): () => void {
  const Observer = (globalThis as { FileSystemObserver?: ObserverCtor }).FileSystemObserver;
  if (!Observer) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const changed = () => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(onChange, delayMs);
  };
  const observer = new Observer(changed);
  // observe() settles seconds later (2–3 s in Chromium 156), and changes before that are not
  // reported: read once more then. It can also fail (an AbortError while a colleague wrote, seen
  // in records-folder.e2e): read, and try once more.
  const observe = (tries: number): void =>
    void observer.observe(handle, { recursive: true }).then(changed, () => {
      changed();
      if (tries > 1 && !stopped) retry = setTimeout(() => observe(tries - 1), retryMs);
    });
  observe(2);
  return () => {
    stopped = true;
    clearTimeout(timer);
    clearTimeout(retry);
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
