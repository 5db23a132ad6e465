import type { Translate } from '../../lib/i18n';
import type { ItemReading } from '../../lib/platforms';
import { CategoryChoice } from './CategoryChoice';
import { DeadlineNote } from './DeadlineNote';
import { GuideAdvice } from './GuideAdvice';
import { guidePanelCss } from './guide-styles';
import { ReplyTemplates } from './ReplyTemplates';
import type { ItemGuide } from './item-guide';

interface Props {
  id: string;
  guide: ItemGuide;
  reading: ItemReading;
  item: Element;
  t: Translate;
}

/**
 * The guide beside one item (rendered only while its disclosure is open): the category to
 * confirm, what the guide says, the deadline for questions, and signed replies.
 */
export function GuidePanel({ id, guide, reading, item, t }: Props) {
  const { suggestion, category } = guide;
  return (
    <section id={id} className="kv-panel" aria-label={t('guide.panelLabel', { author: reading.author || t('guide.unknownAuthor') })}>
      <style>{guidePanelCss}</style>
      <CategoryChoice suggestion={suggestion} category={category} onChange={guide.setCategory} t={t} />
      {category === 'question' ? <DeadlineNote publishedAt={reading.publishedAt} t={t} /> : null}
      {category ? <GuideAdvice category={category} suggestion={suggestion} t={t} /> : null}
      {category ? <ReplyTemplates category={category} author={reading.author} item={item} t={t} /> : null}
    </section>
  );
}
