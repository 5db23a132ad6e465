import { useState, type FormEvent } from 'react';
import { DEFAULT_GUIDE } from '../../lib/guide';
import { CATEGORY_IDS, type CategoryId } from '../../lib/guide/schema';
import type { Language, Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import { getDb } from '../../lib/records/db';
import { updateHandling } from '../../lib/records/repository';
import { RECORD_ACTIONS, type CaptureRecord, type RecordAction } from '../../lib/records/schema';
import { errorText } from './texts';

/**
 * What the administrator decided about a record: the §3 reasons for removal (ids from the
 * guide), the action (register, forward, keep), the category and free notes. Saved with an
 * audit line naming the fields that changed.
 */
export function HandlingForm({ record, t, lang, actor }: { record: CaptureRecord; t: Translate; lang: Language; actor: () => Actor }) {
  const [reasons, setReasons] = useState<string[]>(record.removalReasons ?? []);
  const [action, setAction] = useState<RecordAction | ''>(record.action ?? '');
  const [category, setCategory] = useState<CategoryId | ''>(record.category ?? '');
  const [notes, setNotes] = useState(record.notes ?? '');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await updateHandling(getDb(), record.id, { removalReasons: reasons, action: action || undefined, category: category || undefined, notes: notes.trim() || undefined }, actor());
      setMessage({ tone: 'ok', text: t('queue2.detail.saved') });
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) });
    }
  };

  return (
    <form className="card settings" onSubmit={(e) => void submit(e)} aria-labelledby="handling-heading">
      <h2 id="handling-heading">{t('queue2.detail.handling')}</h2>
      <fieldset>
        <legend>{t('queue2.detail.reasons')}</legend>
        {DEFAULT_GUIDE.removalReasons.map((r) => (
          <label key={r.id} className="inline">
            <input type="checkbox" checked={reasons.includes(r.id)} onChange={(e) => setReasons((prev) => (e.target.checked ? [...prev, r.id] : prev.filter((x) => x !== r.id)))} />
            {`${r.label[lang]}${r.section ? ` (${r.section})` : ''}`}
          </label>
        ))}
      </fieldset>
      <label>
        {t('queue2.detail.action')}
        <select value={action} onChange={(e) => setAction(e.target.value as RecordAction | '')}>
          <option value="">{t('queue2.detail.noAction')}</option>
          {RECORD_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`queue2.action.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue2.detail.category')}
        <select value={category} onChange={(e) => setCategory(e.target.value as CategoryId | '')}>
          <option value="">{t('queue2.category.none')}</option>
          {CATEGORY_IDS.map((c) => (
            <option key={c} value={c}>
              {t(`queue2.category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue2.detail.notes')}
        <textarea value={notes} maxLength={10_000} rows={3} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <div>
        <button type="submit">{t('queue2.detail.save')}</button>
      </div>
      <p role="status" className={message ? `tone-${message.tone}` : ''}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}
