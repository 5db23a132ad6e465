import { useRef, useState, type FormEvent } from 'react';
import { DEFAULT_GUIDE } from '../../lib/guide';
import { CATEGORY_IDS, type CategoryId } from '../../lib/guide/schema';
import type { Language, Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import { getDb } from '../../lib/records/db';
import { handlingConfirmation, missingHandlingFields, saveHandling, suggestedRemovalReasons, type HandlingInput } from '../../lib/records/handling';
import { RECORD_ACTIONS, type CaptureRecord, type RecordAction, type RecordStatus } from '../../lib/records/schema';
import { nextStatuses } from '../../lib/records/statuses';
import { ConfirmDialog } from './ConfirmDialog';
import { errorText, statusText } from './texts';

type Confirmation = NonNullable<ReturnType<typeof handlingConfirmation>>;

/**
 * The one form for what the administrator decides about a record: status, the §3 reasons,
 * action, category, diarienummer and one note, saved together with one audit entry
 * (lib/records/handling.ts). It names a missing field in words and marks it; registering and
 * correcting a diarienummer are confirmed in a dialog first. Disposal goes through the rules.
 */
export function HandlingForm({ record, t, lang, actor }: { record: CaptureRecord; t: Translate; lang: Language; actor: () => Actor }) {
  const reasonIds = DEFAULT_GUIDE.removalReasons.map((r) => r.id);
  const suggested = record.removalReasons === undefined && record.status === 'captured' ? suggestedRemovalReasons(record.flags, reasonIds) : [];
  const [status, setStatus] = useState<RecordStatus>(record.status);
  const [reasons, setReasons] = useState<string[]>(record.removalReasons ?? suggested);
  const [action, setAction] = useState<RecordAction | ''>(record.action ?? '');
  const [category, setCategory] = useState<CategoryId | ''>(record.category ?? '');
  const [dnr, setDnr] = useState(record.diarienummer ?? '');
  const [notes, setNotes] = useState(record.notes ?? '');
  const [invalid, setInvalid] = useState<('reasons' | 'dnr')[]>([]);
  const [confirm, setConfirm] = useState<Confirmation>();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const firstReason = useRef<HTMLInputElement>(null);
  const dnrInput = useRef<HTMLInputElement>(null);

  const statuses = [record.status, ...nextStatuses(record.status).filter((s) => s !== 'disposed')];
  const input = (): HandlingInput => ({
    status,
    removalReasons: reasons,
    ...(action ? { action } : {}),
    ...(category ? { category } : {}),
    notes,
    diarienummer: dnr,
  });
  const showDnr = status === 'registered' || record.status === 'registered';
  const reasonsInvalid = invalid.includes('reasons');
  const dnrInvalid = invalid.includes('dnr');

  const save = async () => {
    setConfirm(undefined);
    try {
      const changed = await saveHandling(getDb(), record.id, input(), actor());
      setMessage({ tone: 'ok', text: changed ? t('handling.saved') : t('handling.unchanged') });
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) });
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = missingHandlingFields(input());
    setInvalid(missing);
    if (missing.length > 0) {
      setMessage({ tone: 'error', text: t('handling.invalid', { fields: missing.map((m) => t(`handling.missing.${m}`)).join('; ') }) });
      (missing[0] === 'reasons' ? firstReason : dnrInput).current?.focus();
      return;
    }
    setMessage(undefined);
    const needed = handlingConfirmation(record, input());
    if (needed) setConfirm(needed);
    else void save();
  };

  return (
    <form className="card settings handling" onSubmit={submit} aria-labelledby="handling-heading" noValidate>
      <h2 id="handling-heading">{t('handling.heading')}</h2>
      <label>
        {t('handling.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as RecordStatus)}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {s === record.status ? t('handling.statusCurrent', { status: statusText(t, s) }) : statusText(t, s)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className={reasonsInvalid ? 'invalid' : ''} aria-describedby="reasons-help" aria-invalid={reasonsInvalid || undefined}>
        <legend>{t('handling.reasons')}</legend>
        <p id="reasons-help" className={reasonsInvalid ? 'tone-error' : 'muted'}>
          {[status === 'removed-from-site' ? t('handling.reasonsRequired') : '', suggested.length > 0 ? t('handling.reasonsSuggested') : ''].filter(Boolean).join(' ')}
        </p>
        {DEFAULT_GUIDE.removalReasons.map((r, i) => (
          <label key={r.id} className="check">
            <input
              ref={i === 0 ? firstReason : undefined}
              type="checkbox"
              checked={reasons.includes(r.id)}
              onChange={(e) => {
                setReasons((prev) => (e.target.checked ? [...prev, r.id] : prev.filter((x) => x !== r.id)));
                setInvalid((prev) => prev.filter((x) => x !== 'reasons'));
              }}
            />
            <span>{`${r.label[lang]}${r.section ? ` (${r.section})` : ''}`}</span>
          </label>
        ))}
      </fieldset>
      <label>
        {t('handling.action')}
        <select value={action} onChange={(e) => setAction(e.target.value as RecordAction | '')}>
          <option value="">{t('handling.noAction')}</option>
          {RECORD_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`queue.action.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('handling.category')}
        <select value={category} onChange={(e) => setCategory(e.target.value as CategoryId | '')}>
          <option value="">{t('queue.category.none')}</option>
          {CATEGORY_IDS.map((c) => (
            <option key={c} value={c}>
              {t(`queue.category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {showDnr ? (
        <label className={dnrInvalid ? 'invalid' : ''}>
          {t('handling.dnr')}
          <input
            ref={dnrInput}
            type="text"
            value={dnr}
            maxLength={100}
            aria-invalid={dnrInvalid || undefined}
            aria-describedby={record.status === 'registered' ? 'dnr-help' : undefined}
            onChange={(e) => {
              setDnr(e.target.value);
              setInvalid((prev) => prev.filter((x) => x !== 'dnr'));
            }}
          />
          {record.status === 'registered' ? (
            <span id="dnr-help" className="muted">
              {t('handling.dnrHelp')}
            </span>
          ) : null}
        </label>
      ) : null}
      <label>
        {t('handling.note')}
        <textarea value={notes} maxLength={10_000} rows={3} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <div>
        <button type="submit" className="primary">
          {t('handling.save')}
        </button>
      </div>
      <p role={message?.tone === 'error' ? 'alert' : 'status'} className={message ? `tone-${message.tone}` : ''}>
        {message?.text ?? ''}
      </p>
      {confirm ? (
        <ConfirmDialog
          heading={t(confirm.kind === 'register' ? 'handling.confirm.heading' : 'handling.correct.heading')}
          text={confirm.kind === 'register' ? t('handling.confirm.text', { dnr: confirm.dnr }) : t('handling.correct.text', { from: confirm.from, to: confirm.to })}
          yes={t(confirm.kind === 'register' ? 'handling.confirm.yes' : 'handling.correct.yes')}
          no={t('handling.confirm.cancel')}
          onYes={() => void save()}
          onNo={() => setConfirm(undefined)}
        />
      ) : null}
    </form>
  );
}
