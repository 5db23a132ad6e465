import type { FlowQuestion, Guide, LocalizedText, RemovalReason } from '../../lib/guide/schema';
import type { Language, Translate } from '../../lib/i18n';
import { LocalizedField } from './LocalizedField';

interface Props {
  guide: Guide;
  lang: Language;
  update: (change: (g: Guide) => Guide) => void;
  t: Translate;
}

const EMPTY_TEXT: LocalizedText = { sv: '', en: '' };

/** A new id that the guide does not use yet (ids are what captured records refer to). */
function freshId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((x) => x.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** The §3 reasons for removal and the Bilaga 1 questions: edit, add and remove rows. */
export function GuideListFields({ guide, lang, update, t }: Props) {
  const setReason = (i: number, next: Partial<RemovalReason>) =>
    update((g) => ({ ...g, removalReasons: g.removalReasons.map((r, j) => (j === i ? { ...r, ...next } : r)) }));
  const setQuestion = (i: number, next: Partial<FlowQuestion>) =>
    update((g) => ({ ...g, flowQuestions: g.flowQuestions.map((q, j) => (j === i ? { ...q, ...next } : q)) }));
  return (
    <>
      <fieldset className="group">
        <legend>{t('guide.options.reasons')}</legend>
        <ol>
          {guide.removalReasons.map((r, i) => (
            <li key={r.id}>
              <LocalizedField label={t('guide.options.reasonLabel', { n: i + 1 })} value={r.label} lang={lang} multiline={false} onChange={(label) => setReason(i, { label })} />
              <button type="button" onClick={() => update((g) => ({ ...g, removalReasons: g.removalReasons.filter((_, j) => j !== i) }))}>
                {t('guide.options.removeReason', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => update((g) => ({ ...g, removalReasons: [...g.removalReasons, { id: freshId('reason', g.removalReasons), label: EMPTY_TEXT, section: '§3' }] }))}>
          {t('guide.options.addReason')}
        </button>
      </fieldset>
      <fieldset className="group">
        <legend>{t('guide.options.flow')}</legend>
        <ol>
          {guide.flowQuestions.map((q, i) => (
            <li key={q.id}>
              <LocalizedField label={t('guide.options.flowQuestion', { n: i + 1 })} value={q.question} lang={lang} onChange={(question) => setQuestion(i, { question })} />
              <LocalizedField label={t('guide.options.flowYes', { n: i + 1 })} value={q.yes ?? EMPTY_TEXT} lang={lang} onChange={(yes) => setQuestion(i, { yes: yes.sv || yes.en ? yes : undefined })} />
              <LocalizedField label={t('guide.options.flowNo', { n: i + 1 })} value={q.no ?? EMPTY_TEXT} lang={lang} onChange={(no) => setQuestion(i, { no: no.sv || no.en ? no : undefined })} />
              <button type="button" onClick={() => update((g) => ({ ...g, flowQuestions: g.flowQuestions.filter((_, j) => j !== i) }))}>
                {t('guide.options.removeFlow', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => update((g) => ({ ...g, flowQuestions: [...g.flowQuestions, { id: freshId('step', g.flowQuestions), question: EMPTY_TEXT }] }))}>
          {t('guide.options.addFlow')}
        </button>
      </fieldset>
    </>
  );
}
