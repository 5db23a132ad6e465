import { useId, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import type { GuideSettings } from '../../lib/settings/guide-settings-schema';
import { updateGuideSettings } from '../../lib/settings/guide-settings-store';
import { SIGNATURE_FORMATS, type SignatureFormat } from '../../lib/templates/schema';

interface Props {
  data: GuideSettings;
  t: Translate;
}

/**
 * "Underskrift och webbplats i svaren": how replies are signed and the web site they refer to, with its own save.
 * A card of its own beside "Svarsmallar" (issue 18: one save per section), since the two save
 * different things at different times.
 */
export function TemplateSettings({ data, t }: Props) {
  const [signature, setSignature] = useState<SignatureFormat>(data.signature);
  const [website, setWebsite] = useState(data.website);
  const [saved, setSaved] = useState(false);
  const ids = { website: useId(), websiteHelp: useId() };

  const save = async () => {
    await updateGuideSettings((s) => ({ ...s, signature, website: website.trim() }));
    setSaved(true);
  };

  return (
    <div className="template-settings">
      <fieldset>
        <legend>{t('guide.options.signature')}</legend>
        {SIGNATURE_FORMATS.map((f) => (
          <label key={f} className="choice">
            <input type="radio" name="signature" value={f} checked={signature === f} onChange={() => setSignature(f)} /> {t(`guide.options.signature.${f}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={ids.website}>{t('guide.options.website')}</label>
      <input id={ids.website} type="text" maxLength={500} value={website} placeholder={data.guide.website} aria-describedby={ids.websiteHelp} onChange={(e) => setWebsite(e.target.value)} />
      <p id={ids.websiteHelp} className="muted">
        {t('guide.options.websiteHelp', { website: data.guide.website })}
      </p>
      <button type="button" onClick={() => void save()}>
        {t('guide.options.saveSigning')}
      </button>
      <p role="status" className={saved ? 'tone-ok' : ''}>
        {saved ? t('guide.options.signingSaved') : ''}
      </p>
    </div>
  );
}
