import { storage } from '#imports';
import { BackupScheduleSchema, DEFAULT_BACKUP_SCHEDULE, LastBackupSchema, type BackupSchedule, type LastBackup } from './schedule';

/** The schedule and the last backup, in storage.local; a damaged value reads as the default / none. */
export const scheduleItem = storage.defineItem<unknown>('local:backupSchedule', { fallback: DEFAULT_BACKUP_SCHEDULE });
export const lastBackupItem = storage.defineItem<unknown>('local:lastBackup', { fallback: null });

export async function getBackupSchedule(): Promise<BackupSchedule> {
  const parsed = BackupScheduleSchema.safeParse(await scheduleItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SCHEDULE;
}

export async function saveBackupSchedule(schedule: BackupSchedule): Promise<void> {
  await scheduleItem.setValue(BackupScheduleSchema.parse(schedule));
}

export function parseLastBackup(value: unknown): LastBackup | undefined {
  const parsed = LastBackupSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function getLastBackup(): Promise<LastBackup | undefined> {
  return parseLastBackup(await lastBackupItem.getValue());
}

/** Only once the file is complete in the downloads folder (or handed to the user by hand). */
export async function noteBackupWritten(last: LastBackup): Promise<void> {
  await lastBackupItem.setValue(LastBackupSchema.parse(last));
}
