import { useId, useState } from 'react';
import type { CategoryId } from '../../lib/guide/schema';
import { LANGUAGES, type Language, type Translate } from '../../lib/i18n';
import { insertReply } from '../../lib/overlay/reply';
import { byUser } from '../../lib/overlay/trust';
import { replyValues, templatesFor } from '../../lib/settings/reply-templates';
import { render } from '../../lib/templates/render';
import { scanBody } from '../../lib/templates/validate-template';
import { useGuide } from './GuideContext';

interface Props {
  category: CategoryId;
  author: string;
  item: Element;
  t: Translate;
}

/** The outcome of the last copy or insert, shown beside the template it was for (`id`). */
type Status = { id: string; tone: 'busy' | 'ok' | 'warn' | 'error'; message: string; method?: string } | null;

/**
 * The category's templates, rendered with the commenter's first name and the user's signature.
 * Copy puts the reply on the clipboard; insert puts it in the site's reply box. Sending is
 * always the user's (SPEC: never post by itself). Every control acts only on the user's own
 * input (lib/overlay/trust.ts): the page's scripts reach into this shadow root too.
 */
export function ReplyTemplates({ category, author, item, t }: Props) {
  const { data, profile, language } = useGuide();
  const [lang, setLang] = useState<Language>('sv');
  const [link, setLink] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const langId = useId();
  const linkId = useId();
  const templates = templatesFor(data, category);
  const values = replyValues(data, profile, author, link);
  const needsLink = templates.some((tpl) => scanBody(tpl.body.sv).variables.includes('link'));

  const copy = async (id: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ id, tone: 'ok', message: t('guide.copied') });
    } catch {
      setStatus({ id, tone: 'error', message: t('guide.copyFailed') });
    }
  };
  const insert = async (id: string, text: string) => {
    // Progress beside the button while the site's editor takes the text (it can take a moment).
    setStatus({ id, tone: 'busy', message: t('reply.inserting') });
    try {
      const result = await insertReply(item, text);
      // The method (how the text went in, or 'clipboard') is kept on the status for diagnosis.
      if (result.ok) setStatus({ id, tone: 'ok', message: t('guide.inserted'), method: result.method });
      else if (result.method === 'clipboard') setStatus({ id, tone: 'warn', message: t('guide.insertedClipboard'), method: result.method });
      else setStatus({ id, tone: 'error', message: t('guide.insertFailed') });
    } catch {
      setStatus({ id, tone: 'error', message: t('guide.insertFailed') });
    }
  };
  // One status line, beside the buttons of the template last acted on (the first one until then).
  const statusFor = status?.id ?? templates[0]?.id;
  const statusLine = (
    <p role="status" className="kv-status" data-tone={status?.tone ?? 'idle'} data-method={status?.method}>
      {status?.message ?? ''}
    </p>
  );

  return (
    <div className="kv-block">
      <h3>{t('guide.templates')}</h3>
      <div className="kv-row">
        <label htmlFor={langId}>{t('guide.replyLanguage')}</label>
        <select id={langId} value={lang} onChange={(e) => byUser(e.nativeEvent) && setLang(e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
        {needsLink ? (
          <>
            <label htmlFor={linkId}>{t('guide.link')}</label>
            <input id={linkId} type="url" value={link} onChange={(e) => byUser(e.nativeEvent) && setLink(e.target.value)} />
          </>
        ) : null}
      </div>
      {templates.length === 0 ? <p>{t('guide.noTemplates')}</p> : null}
      <ul className="kv-templates">
        {templates.map((tpl) => {
          const name = tpl.name[language];
          const result = render(tpl, values, { lang, signature: data.signature });
          return (
            <li key={tpl.id}>
              <h4>{name}</h4>
              {result.ok ? (
                <>
                  <p className="kv-reply" data-template={tpl.id}>
                    {result.text}
                  </p>
                  <button type="button" aria-label={t('guide.copyLabel', { name })} onClick={(e) => byUser(e.nativeEvent) && void copy(tpl.id, result.text)}>
                    {t('guide.copy')}
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={t('guide.insertLabel', { name })}
                    aria-busy={status?.id === tpl.id && status.tone === 'busy'}
                    onClick={(e) => byUser(e.nativeEvent) && void insert(tpl.id, result.text)}
                  >
                    {t('guide.insert')}
                  </button>
                </>
              ) : (
                <p className="kv-missing" data-template={tpl.id}>
                  {result.error.message[language]}
                </p>
              )}
              {statusFor === tpl.id ? statusLine : null}
            </li>
          );
        })}
      </ul>
      {statusFor === undefined ? statusLine : null}
    </div>
  );
}
