import { verifyRecord, sha256Hex } from '../records/digests';
import { EnvelopeSchema, EventFileSchema, eventDigest, EVENTS_DIR, FOLDER_FORMAT_VERSION, idFromDirName, READ_LIMITS, RECORD_FILE, RecordFileSchema, SCREENSHOT_FILE, type EventFile, type RecordFile } from './layout';

/**
 * What a folder entry is, as the queue lists it:
 *   valid       ours, whole, every digest verifies: imported
 *   incomplete  ours, but a file is missing or short (still syncing): listed, never imported
 *   truncated   a file of ours that is not whole JSON
 *   altered     a digest does not match: changed after it was written
 *   newer       written by a newer version of the extension than this one
 *   not-ours    anything else
 */
export const ENTRY_STATES = ['valid', 'incomplete', 'truncated', 'altered', 'newer', 'not-ours'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export interface FolderEntry {
  /** The name in the folder: untrusted, shown as text only. */
  name: string;
  state: EntryState;
  /** Which file made it so, for the list (e.g. "screenshot.png"). */
  file?: string;
  recordId?: string;
  /** Set when state is 'valid'. */
  record?: RecordFile;
  screenshot?: Blob;
  events?: EventFile[];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; state: Exclude<EntryState, 'valid'> };

async function readJson<T>(file: File, limit: number, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }): Promise<Parsed<T>> {
  if (file.size > limit) return { ok: false, state: 'not-ours' };
  // The browser creates a file empty and swaps the content in on close: one being written.
  if (file.size === 0) return { ok: false, state: 'incomplete' };
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    // A file of ours is whole JSON when written; one that does not parse was cut short.
    return { ok: false, state: 'truncated' };
  }
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, state: 'not-ours' };
  if (envelope.data.formatVersion > FOLDER_FORMAT_VERSION) return { ok: false, state: 'newer' };
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, state: 'altered' };
}

async function fileIn(dir: FileSystemDirectoryHandle, name: string): Promise<File | undefined> {
  try {
    return await (await dir.getFileHandle(name)).getFile();
  } catch {
    return undefined;
  }
}

/** Names the browser or a sync client leaves while writing (ours: .crswap; OneDrive, Office: ~$…, .tmp). */
function transient(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~') || name.endsWith('.crswap') || name.endsWith('.tmp');
}

async function readEvents(dir: FileSystemDirectoryHandle, recordId: string): Promise<Parsed<EventFile[]>> {
  let events: FileSystemDirectoryHandle;
  try {
    events = await dir.getDirectoryHandle(EVENTS_DIR);
  } catch {
    return { ok: false, state: 'incomplete' };
  }
  const out: EventFile[] = [];
  let count = 0;
  for await (const [name, handle] of events.entries()) {
    if (handle.kind !== 'file' || transient(name) || !name.endsWith('.json')) continue;
    if (++count > READ_LIMITS.events) return { ok: false, state: 'not-ours' };
    const parsed = await readJson(await (handle as FileSystemFileHandle).getFile(), READ_LIMITS.eventJson, EventFileSchema);
    if (!parsed.ok) return { ok: false, state: parsed.state === 'truncated' ? 'incomplete' : parsed.state };
    const event = parsed.value;
    if (event.event.recordId !== recordId || (await eventDigest(event.event)) !== event.sha256) return { ok: false, state: 'altered' };
    out.push(event);
  }
  // Every record's trail begins with its capture: without that file it is still arriving.
  if (!out.some((e) => e.event.from === null && e.event.to === 'captured')) return { ok: false, state: 'incomplete' };
  return { ok: true, value: out.sort((a, b) => a.event.at.localeCompare(b.event.at) || a.sha256.localeCompare(b.sha256)) };
}

/** Whether every event file in the folder is one the store already has (then nothing is read). */
async function nothingNew(dir: FileSystemDirectoryHandle, known: ReadonlySet<string>): Promise<boolean> {
  try {
    const events = await dir.getDirectoryHandle(EVENTS_DIR);
    for await (const name of events.keys()) if (!transient(name) && name.endsWith('.json') && !known.has(name)) return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads one record folder and says what it is; never throws for what a folder holds. `known`:
 * the event file names the store already has for this record; when the folder has no other, the
 * record is taken as read (no file is opened, no screenshot hashed: the folder changes at every
 * capture, and the queue reads it each time).
 */
export async function readEntry(name: string, dir: FileSystemDirectoryHandle, known?: ReadonlySet<string>): Promise<FolderEntry> {
  const recordId = idFromDirName(name);
  if (!recordId) return { name, state: 'not-ours' };
  if (known && known.size > 0 && (await nothingNew(dir, known))) return { name, state: 'valid', recordId };
  const fail = (state: Exclude<EntryState, 'valid'>, file: string): FolderEntry => ({ name, state, file, recordId });
  const json = await fileIn(dir, RECORD_FILE);
  if (!json) return fail('incomplete', RECORD_FILE);
  const parsed = await readJson(json, READ_LIMITS.recordJson, RecordFileSchema);
  if (!parsed.ok) return fail(parsed.state, RECORD_FILE);
  const { record } = parsed.value;
  if (record.id !== recordId || !(await verifyRecord(record))) return fail('altered', RECORD_FILE);
  let screenshot: Blob | undefined;
  if (record.screenshot.status === 'ok') {
    const shot = await fileIn(dir, SCREENSHOT_FILE);
    if (!shot || shot.size < record.screenshot.bytes) return fail('incomplete', SCREENSHOT_FILE);
    if (shot.size > READ_LIMITS.screenshot || (await sha256Hex(shot)) !== record.screenshot.sha256) return fail('altered', SCREENSHOT_FILE);
    screenshot = new Blob([await shot.arrayBuffer()], { type: record.screenshot.mime });
  }
  const events = await readEvents(dir, recordId);
  if (!events.ok) return fail(events.state, EVENTS_DIR);
  return { name, state: 'valid', recordId, record: parsed.value, ...(screenshot ? { screenshot } : {}), events: events.value };
}

/** Every entry of the folder, each read on its own: one bad entry never stops the others. */
export async function scanFolder(root: FileSystemDirectoryHandle, skip: (name: string) => boolean = () => false, known: (recordId: string) => ReadonlySet<string> | undefined = () => undefined): Promise<FolderEntry[]> {
  const out: FolderEntry[] = [];
  for await (const [name, handle] of root.entries()) {
    if (out.length >= READ_LIMITS.entries) break;
    if (transient(name) || skip(name)) continue;
    if (handle.kind !== 'directory') {
      out.push({ name, state: 'not-ours' });
      continue;
    }
    try {
      const id = idFromDirName(name);
      out.push(await readEntry(name, handle as FileSystemDirectoryHandle, id ? known(id) : undefined));
    } catch {
      // Removed or locked while we read it (a sync client at work): listed, read again next time.
      out.push({ name, state: 'incomplete', ...(idFromDirName(name) ? { recordId: idFromDirName(name)! } : {}) });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
