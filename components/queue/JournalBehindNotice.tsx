import { useState } from 'react';
import { formatDateTime, type Translate } from '../../lib/i18n';
import { DB_NAME, getJournalKeeper } from '../../lib/records/db';
import { journalStateKey, parseJournalState, type JournalBehind } from '../../lib/records/journal/state';
import { useLocalKey } from '../common/useLocalKey';

/**
 * Issue 25: a journal write failed, so the copy outside the browser's database lacks records the
 * store holds. Said calmly (a status, not an alert: nothing is lost), with the reason and what
 * to do, in the queue and (`variant="popup"`) the popup; it goes by itself once the journal has
 * caught up (lib/records/journal/keep.ts).
 */
export function JournalBehindNotice({ t, variant = 'page' }: { t: Translate; variant?: 'page' | 'popup' }) {
  const state = useLocalKey(journalStateKey(DB_NAME), parseJournalState);
  if (!state) return null;
  if (variant === 'popup') {
    return (
      <p role="status" data-journal-behind={state.reason}>
        {t('journal.behind.popup', { reason: t(`journal.behind.reason.${state.reason}`) })}
      </p>
    );
  }
  // A new time behind is a new card: an earlier "did not work either" is not carried over.
  return <BehindCard key={state.since ?? 'unknown'} t={t} state={state} />;
}

function BehindCard({ t, state }: { t: Translate; state: JournalBehind }) {
  const [retry, setRetry] = useState<'running' | 'failed'>();
  const reason = t(`journal.behind.reason.${state.reason}`);
  const catchUpNow = async () => {
    setRetry('running');
    const whole = (await getJournalKeeper()?.catchUp()) ?? false;
    setRetry(whole ? undefined : 'failed');
  };
  return (
    <section role="status" className="card journal-behind" aria-labelledby="journal-behind-heading" data-journal-behind={state.reason}>
      <h2 id="journal-behind-heading">{t('journal.behind.heading')}</h2>
      <p>
        {state.since ? t('journal.behind.text', { when: formatDateTime(state.since), reason }) : t('journal.behind.textUnknown', { reason })}
        {state.failures > 0 ? ` ${t('journal.behind.failures', { count: state.failures })}` : ''}
      </p>
      <p>{t('journal.behind.meaning')}</p>
      <p>{state.reason === 'full' ? t('journal.behind.todo.full') : t('journal.behind.todo')}</p>
      <p>
        {t('journal.behind.backup')} <a href="#/tools">{t('journal.behind.toTools')}</a>
      </p>
      <button type="button" disabled={retry === 'running'} onClick={() => void catchUpNow()}>
        {t('journal.behind.retry')}
      </button>{' '}
      <span>{retry === 'running' ? t('journal.behind.retrying') : retry === 'failed' ? t('journal.behind.retryFailed') : ''}</span>
    </section>
  );
}
