import { z } from 'zod';
import { stockholmTime } from '../export/stockholmTime';
import { canonicalJson, sha256Hex } from '../records/digests';
import { AuditEntrySchema, CaptureRecordSchema, type AuditEntry, type CaptureRecord } from '../records/schema';

/**
 * The records folder's layout (issue 25): plain files anyone can open, one folder per record,
 * named `<date>_<platform>_<author>_<id>`, holding record.json, screenshot.png, record.pdf and one
 * file per audit event under events/. Files are named by id and by digest, and never rewritten
 * with other content, so two extensions writing the same folder (through OneDrive, SharePoint or
 * a network share) cannot conflict.
 */

export const FOLDER_FORMAT = 'kommentarsvakt-records-folder';
/** Bump when a reader of this version could not read the files; an older reader then lists them as newer. */
export const FOLDER_FORMAT_VERSION = 1;

export const RECORD_FILE = 'record.json';
export const SCREENSHOT_FILE = 'screenshot.png';
export const PDF_FILE = 'record.pdf';
export const EVENTS_DIR = 'events';

/** Bounds on what we read from a folder others write to: a file past them is not ours. */
export const READ_LIMITS = { recordJson: 3_000_000, eventJson: 200_000, screenshot: 60_000_000, events: 2000, entries: 50_000 } as const;

const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * An author's name as a path segment: letters and digits of any script, the rest as '-', at most
 * 40 characters. A hostile name ('../', control characters, 500 emoji) cannot leave the folder or
 * make a name the file system refuses; the id at the end is what identifies the record.
 */
export function safeSegment(text: string, max = 40): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return [...cleaned].slice(0, max).join('').replace(/-+$/, '') || 'okand';
}

/** The record's folder: its capture date (Stockholm), platform, author and id. */
export function recordDirName(record: Pick<CaptureRecord, 'id' | 'capturedAt' | 'platform' | 'author'>): string {
  const date = stockholmTime(record.capturedAt).slice(0, 10);
  return `${date}_${record.platform}_${safeSegment(record.author)}_${record.id}`;
}

/** The record id a folder name ends with, or undefined: a folder without one is not ours. */
export function idFromDirName(name: string): string | undefined {
  return UUID.exec(name)?.[1];
}

/** What an audit entry is, without the store's local sequence number (each store numbers its own). */
export function eventBody(entry: AuditEntry): Omit<AuditEntry, 'seq'> {
  const { seq: _seq, ...body } = entry;
  return body;
}

/** An event's digest over its canonical JSON: the same entry written by two extensions has one name. */
export function eventDigest(entry: AuditEntry): Promise<string> {
  return sha256Hex(canonicalJson(eventBody(entry)));
}

/** `<time>_<digest>.json`: sorted by name is sorted by time, and no two events share a name. */
export function eventFileName(entry: AuditEntry, digest: string): string {
  return `${entry.at.replace(/[^0-9TZ]/g, '')}_${digest.slice(0, 32)}.json`;
}

/** The handling a record had after an event, so a colleague's reader gets notes and Dnr too. */
export const HandlingSnapshotSchema = CaptureRecordSchema.pick({ status: true, category: true, flags: true, dueAt: true, diarienummer: true, removalReasons: true, action: true, notes: true, exportedAt: true }).partial({ status: true });
export type HandlingSnapshot = z.infer<typeof HandlingSnapshotSchema>;

/** The fields a snapshot holds, from the schema: the writer and the importer use the same list. */
export const HANDLING_KEYS = Object.keys(HandlingSnapshotSchema.shape) as (keyof HandlingSnapshot)[];

/** The record's handling as it is now; fields it does not have are left out. */
export function handlingSnapshot(record: CaptureRecord): HandlingSnapshot {
  return Object.fromEntries(HANDLING_KEYS.filter((key) => record[key] !== undefined).map((key) => [key, record[key]])) as HandlingSnapshot;
}

const envelope = { format: z.literal(FOLDER_FORMAT), formatVersion: z.number().int().positive() };

/** Only the envelope: read first, so a newer version is told apart from a damaged file. */
export const EnvelopeSchema = z.object(envelope);

/** record.json: the record as captured (its digest covers it), and who wrote the file. */
export const RecordFileSchema = z.object({
  ...envelope,
  record: CaptureRecordSchema,
  writtenBy: z.string().max(200),
});
export type RecordFile = z.infer<typeof RecordFileSchema>;

/** events/<time>_<digest>.json: one audit entry, its digest, and the handling after it. */
export const EventFileSchema = z.object({
  ...envelope,
  event: AuditEntrySchema.omit({ seq: true }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  handling: HandlingSnapshotSchema.optional(),
});
export type EventFile = z.infer<typeof EventFileSchema>;

export function recordFile(record: CaptureRecord, writtenBy: string): RecordFile {
  return { format: FOLDER_FORMAT, formatVersion: FOLDER_FORMAT_VERSION, record: { ...record, status: 'captured' }, writtenBy };
}

export function eventFile(entry: AuditEntry, digest: string, handling?: HandlingSnapshot): EventFile {
  return { format: FOLDER_FORMAT, formatVersion: FOLDER_FORMAT_VERSION, event: eventBody(entry), sha256: digest, ...(handling ? { handling } : {}) };
}
