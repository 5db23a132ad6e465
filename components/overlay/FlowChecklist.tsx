import { useState } from 'react';
import type { Translate } from '../../lib/i18n';
import { byUser } from '../../lib/overlay/trust';
import { useGuide } from './GuideContext';

/**
 * Bilaga 1's questions as a short checklist to tick off while handling the item. The ticks are
 * a reading aid only and are not stored.
 */
export function FlowChecklist({ t }: { t: Translate }) {
  const { data, language } = useGuide();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setDone((d) => {
      const next = new Set(d);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <fieldset className="kv-block kv-flow">
      <legend>{t('guide.checklist')}</legend>
      <ol>
        {data.guide.flowQuestions.map((q) => (
          <li key={q.id}>
            <label>
              <input type="checkbox" checked={done.has(q.id)} onChange={(e) => byUser(e.nativeEvent) && toggle(q.id)} /> {q.question[language]}
            </label>
            {q.yes || q.no ? (
              <p className="kv-muted">
                {q.yes ? `${t('guide.yes')}: ${q.yes[language]}` : ''}
                {q.yes && q.no ? ' ' : ''}
                {q.no ? `${t('guide.no')}: ${q.no[language]}` : ''}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
