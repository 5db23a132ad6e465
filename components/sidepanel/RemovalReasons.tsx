import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { suggest } from '../../lib/guide/suggest';
import type { Translate } from '../../lib/i18n';
import { getDb } from '../../lib/records/db';
import { saveHandling } from '../../lib/records/handling';
import type { CaptureRecord } from '../../lib/records/schema';
import { useSettings } from '../common/useSettings';
import { useGuideSettings } from '../overlay/useGuideSettings';

/**
 * Issue 24: records made by themselves at the site's Delete or Hide that have no §3 reason yet,
 * newest first, each asking for its reasons, pre-ticked from suggest(). Saving marks the record
 * removed from the site with those reasons (one handling change, audited).
 */
export function RemovalReasons() {
  const { settings, t } = useSettings();
  const waiting = useLiveQuery(
    () => getDb().records.orderBy('capturedAt').reverse().filter((r) => r.capturedOnRemoval !== undefined && r.status === 'captured' && !r.removalReasons?.length).toArray(),
    [],
  );
  if (!waiting?.length) return null;
  return (
    <section aria-label={t('removal.field')}>
      {waiting.map((record) => (
        <ReasonForm key={record.id} record={record} t={t} by={settings.profile.name} />
      ))}
    </section>
  );
}

function ReasonForm({ record, t, by }: { record: CaptureRecord; t: Translate; by: string }) {
  const { data } = useGuideSettings();
  const { language } = useSettings().settings;
  const reasons = data.guide.removalReasons;
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
