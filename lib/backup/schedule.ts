import { z } from 'zod';

/**
 * Issue 25, point 3: the backup file (./write.ts) made by itself, into the downloads folder, on
 * a schedule: weekly by default. For Firefox, and for Chromium users without a records folder.
 * The popup shows when the last one was made, and reminds when it is older than the setting.
 */
export const BackupScheduleSchema = z.object({
  /** Days between automatic backups; 0 turns them off (the reminder still counts 7 days). */
  everyDays: z.number().int().min(0).max(365),
});
export type BackupSchedule = z.infer<typeof BackupScheduleSchema>;
export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = { everyDays: 7 };

/** The last backup file written completely (by hand or on schedule). */
export const LastBackupSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  records: z.number().int().min(0),
  fileName: z.string().max(300),
  automatic: z.boolean(),
});
export type LastBackup = z.infer<typeof LastBackupSchema>;

export const BACKUP_ALARM = 'kv-scheduled-backup';
const DAY = 86_400_000;
/** With the schedule off, the popup still reminds after a week without a backup. */
const REMINDER_WHEN_OFF_DAYS = 7;

/**
 * What is unsaved since: the last backup, or, when there never was one, the oldest record's
 * capture (nothing to save before it; undefined while the store is empty).
 */
function unsavedSince(last: LastBackup | undefined, oldestCapture: string | undefined): number | undefined {
  if (last) return Date.parse(last.at);
  return oldestCapture === undefined ? undefined : Date.parse(oldestCapture);
}

/** When the next automatic backup is due (never before now); undefined when off, or while there is nothing to save. */
export function nextBackupAt(last: LastBackup | undefined, schedule: BackupSchedule, oldestCapture: string | undefined, now: Date): Date | undefined {
  const since = unsavedSince(last, oldestCapture);
  if (schedule.everyDays === 0 || since === undefined) return undefined;
  return new Date(Math.max(since + schedule.everyDays * DAY, now.getTime()));
}

/** Whether the popup should remind: what is unsaved has been so for longer than the setting (a week when it is off). */
export function backupOverdue(last: LastBackup | undefined, schedule: BackupSchedule, oldestCapture: string | undefined, now: Date): boolean {
  const since = unsavedSince(last, oldestCapture);
  if (since === undefined) return false;
  const days = schedule.everyDays === 0 ? REMINDER_WHEN_OFF_DAYS : schedule.everyDays;
  return now.getTime() - since > days * DAY;
}
