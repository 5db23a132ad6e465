import { useId, useMemo, useState } from 'react';
import { sendToTab, type TriageEntry } from '../../lib/protocol';
import type { Translate } from '../../lib/i18n';
import { stateText, whenText } from '../../lib/triage/words';
import { useTargetTab } from '../channels/useTargetTab';
import { byUrgency, COUNTED, matchesFilter, triageCounts, TRIAGE_FILTERS, type TriageFilter } from './triage-order';
import { usePageTriage } from './usePageTriage';
import './triage.css';

/**
 * "På den här sidan" (issue 20): what the page beside the panel needs, without a click on it.
 * Counts, then a list sorted by urgency; choosing an entry scrolls the page to the comment and
 * puts keyboard focus on its toolbar. Every text from the page is rendered as text.
 */
export function PageTriagePanel({ t }: { t: Translate }) {
  const target = useTargetTab();
  const view = usePageTriage(target === undefined ? undefined : (target?.id ?? null));
  const [filter, setFilter] = useState<TriageFilter>('action');
  const [message, setMessage] = useState('');
  const headingId = useId();
  const filterId = useId();
  const entries = useMemo(() => (view.state === 'ok' ? view.entries : []), [view]);
  const shown = useMemo(() => byUrgency(entries.filter((e) => matchesFilter(e, filter))), [entries, filter]);
  const counts = triageCounts(entries);
  const now = new Date();

  const choose = async (entry: TriageEntry) => {
    if (!target) return;
    setMessage('');
    const ok = await sendToTab(target.id, 'triage-focus', { key: entry.key }).catch(() => false);
    if (!ok) setMessage(t('triage.page.focusFailed'));
  };

  return (
    <section className="page-triage" aria-labelledby={headingId} data-triage-state={view.state}>
      <h2 id={headingId}>{t('triage.page.heading')}</h2>
      {view.state === 'none' ? <p>{t('triage.page.none')}</p> : null}
      {view.state === 'failed' ? <p role="status">{t('triage.page.unavailable')}</p> : null}
      {view.state === 'ok' ? (
        <>
          <dl className="triage-counts" aria-label={t('triage.page.counts')}>
            {COUNTED.map((k) => (
              <div key={k} data-count={k}>
                <dt>{t(`triage.page.filter.${k}`)}</dt>
                <dd>{counts[k]}</dd>
              </div>
            ))}
          </dl>
          <label htmlFor={filterId}>{t('triage.page.filter')} </label>
          <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value as TriageFilter)}>
            {TRIAGE_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`triage.page.filter.${f}`)}
              </option>
            ))}
          </select>
          {shown.length === 0 ? (
            <p>{t('triage.page.empty')}</p>
          ) : (
            <ol className="triage-list" aria-label={t('triage.page.list')}>
              {shown.map((e) => (
                <li key={e.key} data-needs={e.overdue ? 'overdue' : e.needs}>
                  <button type="button" onClick={() => void choose(e)}>
                    <span className="triage-author">{e.author || t('triage.page.noAuthor')}</span>
                    <span className="triage-excerpt">{e.excerpt || t('triage.page.noText')}</span>
                    <span className="triage-state">{stateText(e, now, t) || t('triage.page.nothing')}</span>
                    {/* The deadline matters only for what awaits an answer; "tid okänd" rather than a guess. */}
                    {e.needs === 'answer' ? <span className="triage-due">{e.dueAt ? t('triage.page.due', { when: e.dueWhen ?? whenText(e.dueAt, now, t, true) }) : t('triage.page.noDue')}</span> : null}
                  </button>
                </li>
              ))}
            </ol>
          )}
          <p role="status" className="triage-message">
            {message}
          </p>
        </>
      ) : null}
    </section>
  );
}
