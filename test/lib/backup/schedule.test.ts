import { describe, expect, it } from 'vitest';
import { backupOverdue, DEFAULT_BACKUP_SCHEDULE, nextBackupAt, type LastBackup } from '../../../lib/backup/schedule';

// Issue 25, point 3: weekly by default; the popup reminds when what is unsaved is older than the setting.
const NOW = new Date('2026-12-07T12:00:00.000Z');
const last = (at: string): LastBackup => ({ at, records: 3, fileName: 'kommentarsvakt-sakerhetskopia.zip', automatic: true });

describe('the backup schedule', () => {
  it('is weekly by default: due a week after the last backup, never in the past', () => {
    expect(DEFAULT_BACKUP_SCHEDULE.everyDays).toBe(7);
    expect(nextBackupAt(last('2026-12-03T08:00:00.000Z'), DEFAULT_BACKUP_SCHEDULE, '2026-01-01T00:00:00.000Z', NOW)?.toISOString()).toBe('2026-12-10T08:00:00.000Z');
    expect(nextBackupAt(last('2026-11-01T08:00:00.000Z'), DEFAULT_BACKUP_SCHEDULE, undefined, NOW)?.toISOString()).toBe(NOW.toISOString());
  });

  it('with no backup yet: due a week after the oldest capture, nothing while the store is empty, nothing when off', () => {
    expect(nextBackupAt(undefined, DEFAULT_BACKUP_SCHEDULE, '2026-12-06T00:00:00.000Z', NOW)?.toISOString()).toBe('2026-12-13T00:00:00.000Z');
    expect(nextBackupAt(undefined, DEFAULT_BACKUP_SCHEDULE, undefined, NOW)).toBeUndefined();
    expect(nextBackupAt(last('2026-11-01T08:00:00.000Z'), { everyDays: 0 }, '2026-01-01T00:00:00.000Z', NOW)).toBeUndefined();
  });

  it('reminds only when the unsaved part is older than the setting (a week when automatic backups are off)', () => {
    expect(backupOverdue(last('2026-12-01T11:59:00.000Z'), DEFAULT_BACKUP_SCHEDULE, '2026-01-01T00:00:00.000Z', NOW)).toBe(false);
    expect(backupOverdue(last('2026-11-30T11:59:00.000Z'), DEFAULT_BACKUP_SCHEDULE, '2026-01-01T00:00:00.000Z', NOW)).toBe(true);
    expect(backupOverdue(last('2026-12-05T00:00:00.000Z'), { everyDays: 1 }, undefined, NOW)).toBe(true);
    expect(backupOverdue(last('2026-11-20T00:00:00.000Z'), { everyDays: 0 }, undefined, NOW)).toBe(true);
    expect(backupOverdue(undefined, DEFAULT_BACKUP_SCHEDULE, '2026-12-06T00:00:00.000Z', NOW)).toBe(false);
    expect(backupOverdue(undefined, DEFAULT_BACKUP_SCHEDULE, '2026-11-01T00:00:00.000Z', NOW)).toBe(true);
    expect(backupOverdue(undefined, DEFAULT_BACKUP_SCHEDULE, undefined, NOW)).toBe(false);
  });
});
