import { browser } from 'wxt/browser';
import { formatDateTime, type Translate } from '../../lib/i18n';
import { DB_NAME } from '../../lib/records/db';
import { parseRestore, restoreKey } from '../../lib/records/journal/restore';
import { useLocalKey } from '../common/useLocalKey';

/**
 * Issue 25: when the store was rebuilt from the journal, the queue (and the popup) says what
 * came back, and what could not be used, until the user has read it. Not an alert: nothing is
 * missing that the journal had.
 */
export function JournalRestoreNotice({ t, variant = 'page' }: { t: Translate; variant?: 'page' | 'popup' }) {
  // The rebuild from the journal (lib/records/journal/restore.ts), until the user has read it.
  const report = useLocalKey(restoreKey(DB_NAME), parseRestore);
  if (!report) return null;
  if (variant === 'popup') return <p role="status">{t('journal.restored.popup', { records: report.records })}</p>;
  const problems = Object.values(report.problems).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <div role="status" className="card journal-restored" aria-labelledby="journal-restored-heading" data-journal-restored={report.records}>
      <h2 id="journal-restored-heading">{t('journal.restored.heading')}</h2>
      <p>{t('journal.restored.text', { records: report.records, screenshots: report.screenshots, audit: report.auditEntries, when: formatDateTime(report.at) })}</p>
      {report.loss ? <p className="muted">{t('journal.restored.lost', { expected: report.loss.expected })}</p> : null}
      {report.incomplete.length > 0 ? <p className="tone-error">{t('journal.restored.incomplete', { count: report.incomplete.length })}</p> : null}
      {problems > 0 ? <p className="tone-error">{t('journal.restored.problems', { count: problems })}</p> : null}
      <button type="button" onClick={() => void browser.storage.local.remove(restoreKey(DB_NAME))}>
        {t('journal.restored.acknowledge')}
      </button>
    </div>
  );
}
