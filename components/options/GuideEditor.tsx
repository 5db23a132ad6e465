import { useId, useMemo, useState } from 'react';
import { DEFAULT_GUIDE } from '../../lib/guide/default-guide';
import { parseGuide } from '../../lib/guide/guide-file';
import type { Guide } from '../../lib/guide/schema';
import { LANGUAGES, type Language, type Translate } from '../../lib/i18n';
import type { GuideSettings } from '../../lib/settings/guide-settings-schema';
import { updateGuideSettings } from '../../lib/settings/guide-settings-store';
import { policyGuide } from './policy-guide';
import { usePolicy } from './usePolicy';
import { GuideCategoryFields } from './GuideCategoryFields';
import { GuideFileActions } from './GuideFileActions';
import { GuideListFields } from './GuideListFields';
import { LocalizedField } from './LocalizedField';

interface Props {
  data: GuideSettings;
  uiLanguage: Language;
  t: Translate;
}

type Message = { tone: 'ok' | 'error'; text: string } | undefined;

/**
 * "Riktlinjer": the Bilaga 3 table, the §3 reasons and the Bilaga 1 questions, edited as a
 * draft and stored only when the whole guide is valid (checked with the guide file's own
 * reader, so the messages name the field). Where IT's policy sets the guide (or the
 * organisation's name), that is shown, locked: the fields are disabled and nothing is saved.
 */
export function GuideEditor({ data, uiLanguage, t }: Props) {
  const [draft, setDraft] = useState<Guide>(data.guide);
  const [lang, setLang] = useState<Language>(uiLanguage);
  const [message, setMessage] = useState<Message>();
  const ids = { lang: useId(), org: useId(), site: useId() };
  const update = (change: (g: Guide) => Guide) => setDraft((g) => change(g));
  const policy = usePolicy()?.policy;
  const locked = useMemo(() => policyGuide(policy), [policy]);
  const guideLocked = locked?.guide !== undefined;
  const orgLocked = policy?.organisation !== undefined;
  const shown: Guide = { ...(locked?.guide ?? draft), ...(orgLocked ? { organisation: policy.organisation! } : {}) };
  const lockNote = (on: boolean) => (on ? ` (${t('policy.locked')})` : null);

  const save = async () => {
    // The button is disabled then; IT's guide is never overwritten from here.
    if (guideLocked) return;
    const parsed = parseGuide(shown);
    if (!parsed.ok) {
      setMessage({ tone: 'error', text: t('guide.options.guideInvalid', { problem: parsed.error.message[uiLanguage] }) });
      return;
    }
    await updateGuideSettings((s) => ({ ...s, guide: parsed.guide }));
    setMessage({ tone: 'ok', text: t('guide.options.guideSaved') });
  };
  const reset = () => {
    setDraft(DEFAULT_GUIDE);
    setMessage({ tone: 'ok', text: t('guide.options.guideResetDraft') });
  };

  return (
    <div className="guide-editor">
      <p className="muted">{t('guide.options.guideHelp')}</p>
      {guideLocked ? (
        <p className="tone-warn" data-policy-locked="guide">
          <span aria-hidden="true">🔒 </span>
          {t('policy.guideLocked')}
        </p>
      ) : null}
      <GuideFileActions data={data} uiLanguage={uiLanguage} t={t} locked={guideLocked} onImported={(g) => setDraft(g)} />
      <div className="field">
        <label htmlFor={ids.lang}>{t('guide.options.editLanguage')}</label>
        <select id={ids.lang} value={lang} onChange={(e) => setLang(e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="guide-fields" disabled={guideLocked} aria-label={guideLocked ? `${t('guide.options.guideHeading')} (${t('policy.locked')})` : t('guide.options.guideHeading')}>
        <div className="field">
          <label htmlFor={ids.org}>
            {t('guide.options.organisation')}
            {lockNote(orgLocked)}
          </label>
          <input id={ids.org} type="text" maxLength={200} value={shown.organisation} readOnly={orgLocked} onChange={(e) => update((g) => ({ ...g, organisation: e.target.value }))} />
        </div>
        <div className="field">
          <label htmlFor={ids.site}>{t('guide.options.guideWebsite')}</label>
          <input id={ids.site} type="text" maxLength={500} value={shown.website} onChange={(e) => update((g) => ({ ...g, website: e.target.value }))} />
        </div>
        <GuideCategoryFields guide={shown} lang={lang} update={update} t={t} />
        <GuideListFields guide={shown} lang={lang} update={update} t={t} />
        <LocalizedField label={t('guide.options.politicalReferral')} value={shown.politicalReferral} lang={lang} onChange={(v) => update((g) => ({ ...g, politicalReferral: v }))} />
        <div className="row">
          <button type="button" className="primary" onClick={() => void save()}>
            {t('guide.options.saveGuide')}
          </button>
          <button type="button" onClick={reset}>
            {t('guide.options.resetGuide')}
          </button>
        </div>
      </fieldset>
      <p role="status" className={message ? `tone-${message.tone}` : ''}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
