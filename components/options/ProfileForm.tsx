import { useState, type FormEvent } from 'react';
import { LANGUAGES, type Language, type MessageKey, type Translate } from '../../lib/i18n';
import { SettingsSchema, type Settings } from '../../lib/settings/schema';
import { saveSettings } from '../../lib/settings/store';
import { usePolicy } from './usePolicy';

/** The user's profile and language, validated before they are stored. Mounted once settings loaded. */
export function ProfileForm({ settings, t }: { settings: Settings; t: Translate }) {
  const [draft, setDraft] = useState(settings);
  // Issue 22: a unit set by IT's policy is shown, and saved, as IT set it.
  const lockedUnit = usePolicy()?.policy.unit;
  // The message is kept as a key, so it follows a change of language made by this very save.
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; key: MessageKey; vars?: Record<string, string> }>();

  const setProfile = (key: keyof Settings['profile'], value: string) => setDraft((d) => ({ ...d, profile: { ...d.profile, [key]: value } }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse(lockedUnit === undefined ? draft : { ...draft, profile: { ...draft.profile, unit: lockedUnit } });
    if (!parsed.success) {
      // Named in words, as the form labels them: never "profile.name".
      const fields = [...new Set(parsed.error.issues.map((i) => String(i.path.at(-1))))].map((f) => (f === 'name' || f === 'title' || f === 'unit' ? t(`options.profile.${f}`) : f === 'language' ? t('options.language') : f)).join(', ');
      setMessage({ tone: 'error', key: 'options.invalid', vars: { fields } });
      return;
    }
    await saveSettings(parsed.data);
    setMessage({ tone: 'ok', key: 'options.saved' });
  };

  return (
    <form className="settings" id="profile" onSubmit={(e) => void onSubmit(e)} aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('options.profile.heading')}</h2>
      <p className="muted">{t('options.profile.help')}</p>
      {(['name', 'title', 'unit'] as const).map((key) => {
        const locked = key === 'unit' && lockedUnit !== undefined;
        return (
          <label key={key}>
            {t(`options.profile.${key}`)}
            {locked ? ` (${t('policy.locked')})` : null}
            <input type="text" name={key} maxLength={200} autoComplete={key === 'name' ? 'name' : key === 'title' ? 'organization-title' : 'organization'} value={locked ? lockedUnit : draft.profile[key]} readOnly={locked} onChange={(e) => setProfile(key, e.target.value)} />
          </label>
        );
      })}
      <label>
        {t('options.language')}
        <select name="language" value={draft.language} onChange={(e) => setDraft((d) => ({ ...d, language: e.target.value as Language }))}>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(`lang.${lang}`)}
            </option>
          ))}
        </select>
      </label>
      <div>
        <button type="submit" className="primary">
          {t('options.save')}
        </button>
      </div>
      <p role="status" className={message ? `tone-${message.tone}` : ''}>
        {message ? t(message.key, message.vars) : ''}
      </p>
    </form>
  );
}
