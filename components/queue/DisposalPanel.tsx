import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { dueForDisposal, type DisposalMatch, type DisposalRule } from '../../lib/disposal/rules';
import { disposeRecords } from '../../lib/disposal/run';
import { getDisposalRules, saveDisposalRules } from '../../lib/disposal/store';
import { formatDateTime, type Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import { getDb } from '../../lib/records/db';
import { errorText } from './texts';

/**
 * Disposal (gallring): edit the rules, preview what they would dispose of, and dispose only
 * after an explicit confirmation. The log below shows what remains of disposed records.
 */
export function DisposalPanel({ t, actor }: { t: Translate; actor: () => Actor }) {
  const [rules, setRules] = useState<DisposalRule[]>();
  const [matches, setMatches] = useState<DisposalMatch[]>();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const log = useLiveQuery(() => getDb().disposals.orderBy('seq').reverse().limit(200).toArray(), []);

  useEffect(() => {
    void getDisposalRules().then(setRules);
  }, []);

  const edit = (i: number, patch: Partial<DisposalRule>) => setRules((rs) => rs?.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = async () => {
    if (!rules) return;
    try {
      await saveDisposalRules(rules);
      setMessage({ tone: 'ok', text: t('queue.disposal.rulesSaved') });
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) });
    }
  };
  const preview = async () => {
    if (!rules) return;
    const found = dueForDisposal(await getDb().records.toArray(), rules, new Date());
    setMatches(found);
    setMessage({ tone: 'ok', text: t('queue.disposal.matches', { count: found.length }) });
  };
  const dispose = async () => {
    if (!matches) return;
    setConfirming(false);
    try {
      const done = await disposeRecords(getDb(), matches, actor());
      setMatches(undefined);
      setMessage({ tone: 'ok', text: t('queue.disposal.done', { count: done.length }) });
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) });
    }
  };

  return (
    <section className="card" aria-labelledby="disposal-heading">
      <h2 id="disposal-heading">{t('queue.disposal.heading')}</h2>
      <p className="muted">{t('queue.disposal.help')}</p>
      {rules?.map((rule, i) => (
        <fieldset key={rule.id}>
          <legend>{t('queue.disposal.rule', { label: rule.label })}</legend>
          <label>
            {t('queue.disposal.days')}
            <input type="number" min={0} max={36500} value={rule.afterDays} onChange={(e) => edit(i, { afterDays: Math.max(0, Math.trunc(Number(e.target.value) || 0)) })} />
          </label>
          <label className="inline">
            <input type="checkbox" checked={rule.requireExport} onChange={(e) => edit(i, { requireExport: e.target.checked })} />
            {t('queue.disposal.requireExport')}
          </label>
        </fieldset>
      ))}
      <div className="row">
        <button type="button" onClick={() => void save()}>
          {t('queue.disposal.saveRules')}
        </button>
        <button type="button" onClick={() => void preview()}>
          {t('queue.disposal.preview')}
        </button>
        {matches && matches.length > 0 && !confirming ? (
          <button type="button" className="primary" onClick={() => setConfirming(true)}>
            {t('queue.disposal.run', { count: matches.length })}
          </button>
        ) : null}
      </div>
      {confirming && matches ? (
        <div role="alertdialog" aria-labelledby="disposal-confirm" className="confirm">
          <p id="disposal-confirm">{t('queue.disposal.confirm', { count: matches.length })}</p>
          <button type="button" className="primary" onClick={() => void dispose()}>
            {t('queue.disposal.confirmYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('queue.disposal.cancel')}
          </button>
        </div>
      ) : null}
      <p role={message?.tone === 'error' ? 'alert' : 'status'} className={message ? `tone-${message.tone}` : ''}>
        {message?.text ?? ''}
      </p>
      <h3>{t('queue.disposal.log')}</h3>
      {log && log.length === 0 ? <p className="muted">{t('queue.disposal.logEmpty')}</p> : null}
      {log && log.length > 0 ? (
        <table className="records disposal-log">
          <caption className="visually-hidden">{t('queue.disposal.log')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.disposal.logColumns.id')}</th>
              <th scope="col">{t('queue.disposal.logColumns.digest')}</th>
              <th scope="col">{t('queue.disposal.logColumns.at')}</th>
              <th scope="col">{t('queue.disposal.logColumns.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((d) => (
              <tr key={d.seq}>
                <td className="digest">{d.recordId}</td>
                <td className="digest">{d.contentSha256}</td>
                <td>{formatDateTime(d.at)}</td>
                <td>{d.ruleLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
