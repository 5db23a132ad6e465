import { useId, useState, type FormEvent } from 'react';
import type { Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import { getDb } from '../../lib/records/db';
import { changeStatus } from '../../lib/records/repository';
import type { RecordStatus } from '../../lib/records/schema';
import { errorText, statusText } from './texts';
import { ButtonWithReason } from './WhyDisabled';

/**
 * Changes the status of one record or of a selection, with a note. The choices offered are
 * `options`; the transition table (lib/records/statuses.ts) still decides, and a refusal is
 * shown as an alert with the reason, nothing changed.
 */
export function StatusChange({ ids, options, t, actor, label, onDone, headingLevel = 3 }: { ids: readonly string[]; options: readonly RecordStatus[]; t: Translate; actor: () => Actor; label: string; onDone?: () => void; headingLevel?: 2 | 3 }) {
  const [to, setTo] = useState<RecordStatus | ''>('');
  const [dnr, setDnr] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!to || ids.length === 0) return;
    setBusy(true);
    try {
      const count = await changeStatus(getDb(), ids, to, actor(), { note, ...(dnr.trim() ? { diarienummer: dnr } : {}) });
      setMessage({ tone: 'ok', text: t('queue.change.done', { to: statusText(t, to), count }) });
      setNote('');
      setDnr('');
      setTo('');
      onDone?.();
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  if (options.length === 0) return <p className="muted">{t('queue.change.none')}</p>;
  return (
    <form className="status-change" onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
      {/* In the list the form follows the page's h1 directly (axe heading-order); in a record's detail, its h2. */}
      {headingLevel === 2 ? <h2 id={headingId}>{label}</h2> : <h3 id={headingId}>{label}</h3>}
      <label>
        {t('queue.change.to')}
        <select value={to} onChange={(e) => setTo(e.target.value as RecordStatus | '')} required>
          <option value="">{t('queue.change.choose')}</option>
          {options.map((s) => (
            <option key={s} value={s}>
              {statusText(t, s)}
            </option>
          ))}
        </select>
      </label>
      {to === 'registered' ? (
        <label>
          {t('queue.change.dnr')}
          <input type="text" value={dnr} maxLength={100} onChange={(e) => setDnr(e.target.value)} />
        </label>
      ) : null}
      <label>
        {t('queue.change.note')}
        <input type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <ButtonWithReason id={`${headingId}-why`} type="submit" className="primary" why={busy ? t('queue.loading') : !to ? t('queue.change.chooseFirst') : undefined}>
        {ids.length > 1 ? t('queue.change.applySelected', { count: ids.length }) : t('queue.change.apply')}
      </ButtonWithReason>
      {message?.tone === 'error' ? (
        <p role="alert" className="tone-error">
          {message.text}
        </p>
      ) : (
        <p role="status" className="tone-ok">
          {message?.text ?? ''}
        </p>
      )}
    </form>
  );
}
