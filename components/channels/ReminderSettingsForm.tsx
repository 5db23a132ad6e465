import { useState, type FormEvent } from 'react';
import type { Translate } from '../../lib/i18n';
import { ReminderSettingsSchema, type ReminderSettings } from '../../lib/channels/reminder-settings';
import { saveReminderSettings } from '../../lib/channels/settings-store';

const FIELDS = [
  ['screenshotMonths', 'channels.settings.months', 24],
  ['quietDays', 'channels.settings.quietDays', 365],
  ['blogQuietDays', 'channels.settings.blogQuietDays', 365],
] as const;

/** How often a screenshot is due and when a channel counts as quiet. Keyed by the settings in the parent, so it starts over when they load. */
export function ReminderSettingsForm({ t, settings, onSaved }: { t: Translate; settings: ReminderSettings; onSaved: (s: ReminderSettings) => void }) {
  const [draft, setDraft] = useState<Record<keyof ReminderSettings, string>>(() => toDraft(settings));
  const [message, setMessage] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = ReminderSettingsSchema.safeParse({ screenshotMonths: Number(draft.screenshotMonths), quietDays: Number(draft.quietDays), blogQuietDays: Number(draft.blogQuietDays) });
    if (!parsed.success) {
      setMessage(t('channels.invalid', { fields: parsed.error.issues.map((i) => t(FIELDS.find((f) => f[0] === i.path[0])?.[1] ?? 'channels.settings.months')).join(', ') }));
      return;
    }
    await saveReminderSettings(parsed.data);
    onSaved(parsed.data);
    setMessage(t('channels.settings.saved'));
  };
  return (
    <form className="card" aria-labelledby="channel-settings-heading" onSubmit={(e) => void submit(e)}>
      <h3 id="channel-settings-heading">{t('channels.settings.heading')}</h3>
      {FIELDS.map(([key, label, max]) => (
        <label key={key}>
          {t(label)}
          <input type="number" min={1} max={max} value={draft[key]} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))} />
        </label>
      ))}
      <button type="submit">{t('channels.settings.save')}</button>
      <p role="status">{message}</p>
    </form>
  );
}

function toDraft(s: ReminderSettings): Record<keyof ReminderSettings, string> {
  return { screenshotMonths: String(s.screenshotMonths), quietDays: String(s.quietDays), blogQuietDays: String(s.blogQuietDays) };
}
