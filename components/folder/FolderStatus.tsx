import { formatDateTime, type Translate } from '../../lib/i18n';
import type { useRecordsFolder } from './useRecordsFolder';

type Folder = ReturnType<typeof useRecordsFolder>;

/**
 * The folder's status line ("Senast skrivet …"), and, when it must be said, why the folder is
 * behind and the one click that renews the browser's permission.
 */
export function FolderStatus({ folder, t }: { folder: Folder; t: Translate }) {
  const { choice, status, permission, renew, caughtUp } = folder;
  if (!choice) return <p role="status">{t('folder.none')}</p>;
  const pending = status?.pending.length ?? 0;
  return (
    <div className="folder-status">
      <p role="status" data-folder-written={status?.lastWrittenAt ?? ''}>
        {t('folder.chosen', { name: choice.name })}. {status?.lastWrittenAt ? t('folder.lastWritten', { when: formatDateTime(status.lastWrittenAt) }) : t('folder.neverWritten')}
        {caughtUp ? ` ${t('folder.caughtUp', { count: caughtUp })}` : ''}
      </p>
      {permission && permission !== 'granted' ? (
        <div role="alert" className="tone-warn" data-folder-alert="permission">
          <p>{t('folder.renewNeeded', { name: choice.name })}</p>
          <button type="button" className="primary" onClick={() => void renew()}>
            {t('folder.renew')}
          </button>
          {permission === 'denied' ? <p>{t('folder.renewDenied')}</p> : null}
        </div>
      ) : null}
      {status?.behind && pending > 0 && !(permission && permission !== 'granted' && status.behind.reason === 'permission') ? (
        <p role="alert" className="tone-warn" data-folder-alert="behind" data-reason={status.behind.reason}>
          {t('folder.behind', { count: pending, reason: t(`folder.behind.${status.behind.reason}`) })}
        </p>
      ) : null}
    </div>
  );
}
