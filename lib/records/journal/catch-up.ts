import { auditTrail } from '../audit';
import type { RecordsDb } from '../db';
import { canonicalJson } from '../digests';
import { EventBodySchema } from './format';
import { folder, list } from './opfs';
import { writeJournal } from './write';

/** Whether this browser session's catch-up ran; kept where the browser forgets it at restart. */
export const caughtUpKey = (dbName: string) => `kv.journal.caughtUp:${dbName}`;
/** The highest audit number a finished catch-up found written: files never change after, so older ones need no second look. */
export const checkedThroughKey = (dbName: string) => `kv.journal.checkedThrough:${dbName}`;

export interface Marks {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/**
 * The store commits before the journal is written, so a record can be in the store while the
 * journal lacks it, or holds it torn: records from before the journal existed (an update of the
 * extension), a write that failed (a full disk), and a browser killed between the two (the
 * name of a file being written is left empty). Once per browser session (`session`) the journal
 * catches up: a record without a folder is written whole; a record with an audit entry newer
 * than the last finished catch-up (`kept` holds its number) is looked at file by file, and what
 * it lacks or holds empty is written again. Writes never replace a whole file, so this is safe
 * beside new captures. One record at a time, so a large store is never held in memory.
 * Returns how many records were written.
 */
export async function catchUpJournal(db: RecordsDb, root: FileSystemDirectoryHandle, session: Marks, kept: Marks): Promise<number> {
  if ((await session.get(caughtUpKey(db.name))) === true) return 0;
  const stored = await kept.get(checkedThroughKey(db.name));
  const newest = ((await db.audit.orderBy(':id').lastKey()) as number | undefined) ?? -1;
  // Beyond the newest entry, the mark is from a store since numbered anew: look at everything.
  const through = typeof stored === 'number' && Number.isInteger(stored) && stored <= newest ? stored : -1;
  const recent = new Set<string>();
  await db.audit.where(':id').above(through).each((entry) => void recent.add(entry.recordId));
  const present = (await list(await folder(root, 'records'))).folders;
  let mended = 0;
  for (const id of await db.records.toCollection().primaryKeys()) {
    const dir = present.get(id);
    if (dir && !recent.has(id)) continue;
    if (dir && (await holdsWhole(dir, await db.audit.where('recordId').equals(id).count()))) continue;
    const [record, shot, archive, audit] = await db.transaction('r', [db.records, db.screenshots, db.pageArchives, db.audit], () =>
      Promise.all([db.records.get(id), db.screenshots.get(id), db.pageArchives.get(id), auditTrail(db, id)]),
    );
    if (!record) continue;
    // Only the entries the folder lacks: one written before under another name (an older
    // journal's, or before a rebuild renumbered the store) is not written twice.
    const written = dir ? await entriesIn(dir) : new Set<string>();
    const missing = audit.filter(({ seq: _seq, ...entry }) => !written.has(canonicalJson(entry)));
    await writeJournal(root, [{ kind: 'created', record, audit: missing, ...(shot ? { screenshot: shot.blob } : {}), ...(archive ? { pageArchive: archive.blob } : {}) }]);
    mended++;
  }
  await kept.set(checkedThroughKey(db.name), newest);
  await session.set(caughtUpKey(db.name), true);
  return mended;
}

/** A record's folder is whole when record.json and one event per audit entry are there, none of them empty. */
async function holdsWhole(dir: FileSystemDirectoryHandle, auditEntries: number): Promise<boolean> {
  const { files, folders } = await list(dir);
  const record = files.get('record.json');
  if (!record || (await record.getFile()).size === 0) return false;
  const eventsDir = folders.get('events');
  const events = eventsDir ? [...(await list(eventsDir)).files.values()] : [];
  if (events.length < auditEntries) return false;
  for (const handle of events) if ((await handle.getFile()).size === 0) return false;
  return true;
}

/** The audit entries of a record's whole event files, as canonical JSON without their store numbers. */
async function entriesIn(dir: FileSystemDirectoryHandle): Promise<Set<string>> {
  const entries = new Set<string>();
  const eventsDir = (await list(dir)).folders.get('events');
  for (const handle of eventsDir ? (await list(eventsDir)).files.values() : []) {
    try {
      const body = EventBodySchema.safeParse((JSON.parse(await (await handle.getFile()).text()) as { body?: unknown }).body);
      if (body.success) entries.add(canonicalJson(body.data.audit));
    } catch {
      // Empty or torn: the entry is written again.
    }
  }
  return entries;
}
