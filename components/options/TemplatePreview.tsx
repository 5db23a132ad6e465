import { useId, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import type { GuideSettings } from '../../lib/settings/guide-settings-schema';
import { replyValues } from '../../lib/settings/reply-templates';
import type { Settings } from '../../lib/settings/schema';
import { render } from '../../lib/templates/render';
import type { Template } from '../../lib/templates/schema';

interface Props {
  template: Template;
  data: GuideSettings;
  settings: Settings;
  t: Translate;
}

/**
 * The reply as it would be posted, signed with the user's own profile. When a profile field is
 * empty it says which one, rather than showing a signature with blanks.
 */
export function TemplatePreview({ template, data, settings, t }: Props) {
  const [commenter, setCommenter] = useState('Anna Andersson');
  const [link, setLink] = useState('https://www.tyreso.se/');
  const ids = { commenter: useId(), link: useId(), heading: useId() };
  const values = replyValues(data, settings.profile, commenter, link);
  const langs = template.body.en ? (['sv', 'en'] as const) : (['sv'] as const);
  return (
    <section className="preview" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('guide.options.preview')}</h3>
      <div className="row">
        <label htmlFor={ids.commenter}>{t('guide.options.previewCommenter')}</label>
        <input id={ids.commenter} type="text" value={commenter} onChange={(e) => setCommenter(e.target.value)} />
        <label htmlFor={ids.link}>{t('guide.link')}</label>
        <input id={ids.link} type="url" value={link} onChange={(e) => setLink(e.target.value)} />
      </div>
      {langs.map((lang) => {
        const result = render(template, values, { lang, signature: data.signature });
        return (
          <div key={lang} data-preview={lang}>
            <h4>{t(`lang.${lang}`)}</h4>
            {result.ok ? <p className="reply-preview">{result.text}</p> : <p className="tone-warn">{result.error.message[settings.language]}</p>}
          </div>
        );
      })}
    </section>
  );
}
