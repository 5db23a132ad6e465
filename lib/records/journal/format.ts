import { z } from 'zod';
import { DisposalEntrySchema } from '../disposal-log';
import { AuditEntrySchema, CaptureRecordSchema } from '../schema';

/**
 * The journal (issue 25): a copy of the store outside IndexedDB, in the extension's origin
 * private file system, so a store the browser deleted can be rebuilt without a backup file.
 * Append-only: a file, once written, is never rewritten; only disposal (gallring) removes a
 * record's folder, and its log line stays.
 *
 *   journal/records/<id>/record.json           the record as captured (kind "record")
 *   journal/records/<id>/screenshot.png|jpg     its screenshot (digest in the record)
 *   journal/records/<id>/page.mhtml             a page screenshot's single-file copy (digest in the record)
 *   journal/records/<id>/events/<stamp>.json    one per audit entry, with the record as it was after it
 *   journal/disposals/<stamp>.json              one per disposal-log line
 *
 * Each JSON file is an envelope: format, version, kind, the SHA-256 of the body's canonical
 * JSON (RFC 8785), and the body. A file whose digest does not match is never restored.
 */
export const JOURNAL_FORMAT = 'kommentarsvakt-journal';
export const JOURNAL_VERSION = 1;
export const JOURNAL_DIR = 'journal';

export const EnvelopeSchema = z.object({
  format: z.literal(JOURNAL_FORMAT),
  version: z.number().int().positive(),
  kind: z.enum(['record', 'event', 'disposal']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  body: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const EventBodySchema = z.object({ audit: AuditEntrySchema.omit({ seq: true }), record: CaptureRecordSchema });
export const DisposalBodySchema = DisposalEntrySchema.omit({ seq: true });

/** A record's folder name is its id, which the schema holds to a UUID: no hostile path. */
export const RECORD_DIR = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A file name that sorts in commit order: the entry's time, the store's sequence number (several
 * entries may share one time), and the start of the entry's own digest (a store rebuilt from the
 * journal numbers its entries anew, so seq alone could meet an older file). The same entry is
 * always the same name, so writing it again (the catch-up beside a write in flight, a retry)
 * never makes a second copy.
 */
export function stampName(at: string, seq: number | undefined, entrySha256: string): string {
  return `${at.replace(/[:.]/g, '-')}_${String(seq ?? 0).padStart(12, '0')}_${entrySha256.slice(0, 8)}.json`;
}

export const screenshotName = (mime: string) => (mime === 'image/jpeg' ? 'screenshot.jpg' : 'screenshot.png');

/** The browser's copy of a file being written (Chromium's '<name>.crswap'), left beside it by a kill: never a journal file. */
export const isSwapCopy = (name: string) => name.endsWith('.crswap');
