import { z } from 'zod';
import { ChannelSchema } from '../records/channel-schema';
import { DisposalEntrySchema } from '../records/disposal-log';
import { AuditEntrySchema, CaptureRecordSchema } from '../records/schema';

/**
 * The backup file: one zip holding `backup.json` (this schema) and the screenshots under
 * `screenshots/<record id>.<png|jpg>`. Everything in the store, so a restore into a fresh
 * profile gives back the same records, trails and disposal log.
 *
 *   format       "kommentarsvakt-backup": tells this file from any other zip
 *   version      1; a newer file is refused with a message saying so
 *   createdAt    when the backup was made
 *   records      every CaptureRecord, exactly as stored
 *   audit        every audit entry (seq dropped: a restore numbers them anew)
 *   disposals    the disposal log
 *   screenshots  per record with a screenshot: file name in the zip, SHA-256, MIME type
 *   channels     the channel register (issue 6); absent in files made before it existed
 *   archives     per page screenshot with a single-file copy: `archives/<record id>.mhtml`, SHA-256
 */
export const BACKUP_FORMAT = 'kommentarsvakt-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_JSON = 'backup.json';

export const BackupScreenshotSchema = z.object({
  recordId: z.uuid(),
  file: z.string().regex(/^screenshots\/[0-9a-f-]{36}\.(png|jpg)$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  type: z.enum(['image/png', 'image/jpeg']),
});

export const BackupArchiveSchema = z.object({
  recordId: z.uuid(),
  file: z.string().regex(/^archives\/[0-9a-f-]{36}\.mhtml$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  records: z.array(CaptureRecordSchema),
  audit: z.array(AuditEntrySchema.omit({ seq: true })),
  disposals: z.array(DisposalEntrySchema.omit({ seq: true })),
  screenshots: z.array(BackupScreenshotSchema),
  channels: z.array(ChannelSchema).default([]),
  archives: z.array(BackupArchiveSchema).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;
