import type { CategoryId } from '../../lib/guide/schema';
import type { Suggestion } from '../../lib/guide/suggest';
import type { Translate } from '../../lib/i18n';
import { FlowChecklist } from './FlowChecklist';
import { useGuide } from './GuideContext';

interface Props {
  category: CategoryId;
  suggestion: Suggestion;
  t: Translate;
}

const STEPS = ['adminFirst', 'registration', 'caseOfficer', 'adminLast'] as const;

/** What the organisation's guide (Bilaga 3) says to do with this category, and Bilaga 1's steps. */
export function GuideAdvice({ category, suggestion, t }: Props) {
  const { data, language } = useGuide();
  const row = data.guide.categories[category];
  const suggestedReasons = new Set(suggestion.removalReasons);
  return (
    <>
      <div className="kv-block">
        <h3>{t('guide.whatToDo', { category: row.name[language] })}</h3>
        <dl className="kv-steps">
          {STEPS.map((step) => (
            <div key={step}>
              <dt>{t(`guide.step.${step}`)}</dt>
              <dd>{row[step][language]}</dd>
            </div>
          ))}
        </dl>
        {suggestion.flags.includes('political') ? <p className="kv-note">{data.guide.politicalReferral[language]}</p> : null}
      </div>
      {category === 'remove' ? (
        <div className="kv-block">
          <h3>{t('guide.removalReasons')}</h3>
          <ul className="kv-removal">
            {data.guide.removalReasons.map((r) => (
              <li key={r.id} data-suggested={suggestedReasons.has(r.id) ? 'true' : undefined}>
                {r.label[language]}
                {r.section ? ` (${r.section})` : ''}
                {suggestedReasons.has(r.id) ? <strong> {t('guide.reasonApplies')}</strong> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FlowChecklist t={t} />
    </>
  );
}
