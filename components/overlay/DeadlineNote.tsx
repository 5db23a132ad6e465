import { questionDeadline } from '../../lib/deadlines/classification';
import { formatDateTime, type Translate } from '../../lib/i18n';
import { useGuide } from './GuideContext';

/**
 * When a question must be answered (one working day, §3.2), Swedish format, Stockholm time,
 * and "overdue" once past. Computed at render: the panel is re-rendered when reopened.
 */
export function DeadlineNote({ publishedAt, t }: { publishedAt: string | undefined; t: Translate }) {
  const { workdays } = useGuide();
  if (!workdays) return null;
  const { due, status, exact } = questionDeadline(workdays, publishedAt, new Date());
  return (
    <p className="kv-deadline" data-status={status}>
      {t('guide.dueAt', { when: formatDateTime(due) })}
      {status === 'overdue' ? <strong className="kv-overdue"> {t('guide.overdue')}</strong> : null}
      {status === 'due-today' ? <span> {t('guide.dueToday')}</span> : null}
      {exact ? null : <span className="kv-muted"> {t('guide.dueFromNow')}</span>}
    </p>
  );
}
