import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { suggest } from '../../lib/guide/suggest';
import type { Language, Translate } from '../../lib/i18n';
import { getDb } from '../../lib/records/db';
import { saveHandling } from '../../lib/records/handling';
import type { CaptureRecord } from '../../lib/records/schema';
import type { RemovalReason } from '../../lib/guide/schema';
import type { Settings } from '../../lib/settings/schema';
import { useGuideSettings } from '../overlay/useGuideSettings';

/**
 * Issue 24: records made by themselves at the site's Delete or Hide that have no §3 reason yet,
 * newest first, each asking for its reasons, pre-ticked from suggest(). Saving marks the record
 * removed from the site with those reasons (one handling change, audited).
 */
export function RemovalReasons({ settings, t }: { settings: Settings; t: Translate }) {
  const { data } = useGuideSettings();
  // Through the status index: only records not yet handled are read, not the whole queue.
  const waiting = useLiveQuery(
    () =>
      getDb()
        .records.where('status')
        .equals('captured')
        .filter((r) => r.capturedOnRemoval !== undefined && !r.removalReasons?.length)
        .reverse()
        .sortBy('capturedAt'),
    [],
  );
  if (!waiting?.length) return null;
  return (
    <section aria-label={t('removal.field')}>
      {waiting.map((record) => (
        <ReasonForm key={record.id} record={record} t={t} by={settings.profile.name} language={settings.language} reasons={data.guide.removalReasons} />
      ))}
    </section>
  );
}

function ReasonForm({ record, t, by, language, reasons }: { record: CaptureRecord; t: Translate; by: string; language: Language; reasons: RemovalReason[] }) {
  const [ticked, setTicked] = useState<Set<string>>(() => new Set(suggest(record.text).removalReasons));
  const [error, setError] = useState<string>();
  const legendId = `removal-${record.id}`;
  const save = async () => {
    try {
      await saveHandling(getDb(), record.id, { status: 'removed-from-site', removalReasons: reasons.map((r) => r.id).filter((id) => ticked.has(id)), ...(record.action ? { action: record.action } : {}), ...(record.category ? { category: record.category } : {}), ...(record.notes ? { notes: record.notes } : {}) }, { by, now: new Date() });
    } catch (e) {
      setError(String((e as Error)?.message ?? e));
    }
  };
  return (
    <form className="card" aria-labelledby={legendId} onSubmit={(e) => (e.preventDefault(), void save())}>
      <fieldset>
        <legend id={legendId}>{t('removal.reasonPrompt', { action: t(`removal.action.${record.capturedOnRemoval!}`) })}</legend>
        <p>
          <strong>{record.author}</strong>: {record.text.slice(0, 300)}
        </p>
        {reasons.map((r) => (
          <label key={r.id} style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={ticked.has(r.id)}
              onChange={(e) => {
                const next = new Set(ticked);
                if (e.currentTarget.checked) next.add(r.id);
                else next.delete(r.id);
                setTicked(next);
              }}
            />{' '}
            {r.label[language]} {r.section ? `(${r.section})` : ''}
          </label>
        ))}
        <button type="submit" className="primary" disabled={ticked.size === 0}>
          {t('removal.reasonSave')}
        </button>
        {error ? <p role="alert" className="tone-error">{error}</p> : null}
      </fieldset>
    </form>
  );
}
