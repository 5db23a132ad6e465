import type { Translate } from '../../lib/i18n';
import type { ItemGuide } from './useItemGuide';

interface Props {
  guide: ItemGuide;
  panelId: string;
  kind: string;
  author: string;
  t: Translate;
}

/** Opens and closes one item's guide panel; its name says whose item (the visible word starts it). */
export function GuideToggle({ guide, panelId, kind, author, t }: Props) {
  const label = author ? t('guide.toggleLabel', { kind, author }) : t('guide.toggleLabelNoAuthor', { kind });
  return (
    <button type="button" aria-expanded={guide.open} aria-controls={guide.open ? panelId : undefined} aria-label={label} onClick={guide.toggle}>
      {t('guide.toggle')}
    </button>
  );
}
