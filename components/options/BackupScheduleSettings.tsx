import { useEffect, useId, useState } from 'react';
import type { BackupSchedule } from '../../lib/backup/schedule';
import { getBackupSchedule, saveBackupSchedule } from '../../lib/backup/schedule-store';
import type { Translate } from '../../lib/i18n';

const CHOICES = [1, 7, 14, 30, 0] as const;

/** Issue 25, point 3: how often the backup file is saved by itself (weekly by default). */
export function BackupScheduleSettings({ t }: { t: Translate }) {
  const [schedule, setSchedule] = useState<BackupSchedule>();
  const [saved, setSaved] = useState(false);
  const id = useId();
  useEffect(() => {
    void getBackupSchedule().then(setSchedule);
  }, []);
  if (!schedule) return null;
  const label = (days: number) => (days === 0 ? t('journal.backup.off') : days === 1 ? t('journal.backup.daily') : days === 7 ? t('journal.backup.weekly') : t('journal.backup.days', { days }));
  const choose = async (everyDays: number) => {
    setSchedule({ everyDays });
    await saveBackupSchedule({ everyDays });
    setSaved(true);
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('journal.backup.heading')}</h2>
      <p className="muted">{t('journal.backup.explain')}</p>
      <label htmlFor={`${id}-every`}>{t('journal.backup.every')}</label>{' '}
      <select id={`${id}-every`} value={schedule.everyDays} onChange={(e) => void choose(Number(e.target.value))}>
        {CHOICES.map((days) => (
          <option key={days} value={days}>
            {label(days)}
          </option>
        ))}
      </select>{' '}
      <span role="status">{saved ? t('journal.backup.saved') : ''}</span>
    </section>
  );
}
