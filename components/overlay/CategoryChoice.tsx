import { useId } from 'react';
import { CATEGORY_IDS, type CategoryId } from '../../lib/guide/schema';
import type { Suggestion } from '../../lib/guide/suggest';
import { FLAG_LABELS, REASON_TEXTS } from '../../lib/guide/suggestion-texts';
import type { Translate } from '../../lib/i18n';
import { byUser } from '../../lib/overlay/trust';
import { useGuide } from './GuideContext';

interface Props {
  suggestion: Suggestion;
  category: CategoryId | null;
  onChange: (c: CategoryId | null) => void;
  t: Translate;
}

/**
 * The suggested category as a choice the user confirms or changes, with the reasons in words.
 * Only the user's own choice counts (lib/overlay/trust.ts): it is stored with a capture.
 */
export function CategoryChoice({ suggestion, category, onChange, t }: Props) {
  const { data, language } = useGuide();
  const selectId = useId();
  const name = (c: CategoryId) => data.guide.categories[c].name[language];
  return (
    <div className="kv-block">
      <p className="kv-suggested">
        {suggestion.category ? t('guide.suggested', { category: name(suggestion.category) }) : t('guide.noSuggestion')}
      </p>
      <ul className="kv-reasons" aria-label={t('guide.reasonsLabel')}>
        {suggestion.reasons.map((r) => (
          <li key={r}>{REASON_TEXTS[r][language]}</li>
        ))}
      </ul>
      {suggestion.flags.length > 0 ? (
        <ul className="kv-flags" aria-label={t('guide.flagsLabel')}>
          {suggestion.flags.map((f) => (
            <li key={f}>{FLAG_LABELS[f][language]}</li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={selectId} className="kv-label">
        {t('guide.category')}
      </label>
      <select id={selectId} value={category ?? ''} onChange={(e) => byUser(e.nativeEvent) && onChange((e.target.value || null) as CategoryId | null)}>
        {category === null ? <option value="">{t('guide.chooseCategory')}</option> : null}
        {CATEGORY_IDS.map((c) => (
          <option key={c} value={c}>
            {c === suggestion.category ? t('guide.suggestedOption', { category: name(c) }) : name(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
