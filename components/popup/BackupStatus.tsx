import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { backupOverdue, type BackupSchedule, type LastBackup } from '../../lib/backup/schedule';
import { getBackupSchedule, getLastBackup, lastBackupItem, parseLastBackup, scheduleItem } from '../../lib/backup/schedule-store';
import { formatDateTime, type Translate } from '../../lib/i18n';
import { folderKeepsCopy } from '../../lib/records-folder/folder-state';

/**
 * Issue 25, point 3: the popup says when the last backup was made, and reminds when it is
 * older than the setting (or missing while the queue has records). Live: a backup made in the
 * queue or by the schedule shows at once.
 */
export function BackupStatus({ t, oldestCapture }: { t: Translate; oldestCapture: string | null | undefined }) {
  const [last, setLast] = useState<LastBackup | null>();
  const [schedule, setSchedule] = useState<BackupSchedule>();
  // Live: a folder chosen, fallen behind or caught up changes what the popup says at once.
  const folder = useLiveQuery(() => folderKeepsCopy().then((name) => name ?? null, () => null), []);
  useEffect(() => {
    void getLastBackup().then((l) => setLast(l ?? null));
    void getBackupSchedule().then(setSchedule);
    const offLast = lastBackupItem.watch((value) => setLast(parseLastBackup(value) ?? null));
    const offSchedule = scheduleItem.watch(() => void getBackupSchedule().then(setSchedule));
    return () => {
      offLast();
      offSchedule();
    };
  }, []);
  if (last === undefined || !schedule || oldestCapture === undefined || folder === undefined) return null;
  if (folder) return <p className="muted" data-last-backup={last?.at ?? ''}>{t('journal.backup.folderKeeps', { folder })}</p>;
  const overdue = backupOverdue(last ?? undefined, schedule, oldestCapture ?? undefined, new Date());
  const days = schedule.everyDays === 0 ? 7 : schedule.everyDays;
  return (
    <>
      <p className="muted" data-last-backup={last?.at ?? ''}>
        {last ? t('journal.backup.last', { when: formatDateTime(last.at), records: last.records }) : t('journal.backup.never')}
      </p>
      {overdue ? (
        <p role="alert" className="tone-error">
          {last ? t('journal.backup.overdue', { days }) : t('journal.backup.overdueNever')}
        </p>
      ) : null}
    </>
  );
}
