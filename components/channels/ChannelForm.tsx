import { useState, type FormEvent } from 'react';
import type { Translate } from '../../lib/i18n';
import { CHANNEL_PLATFORMS, ChannelInputSchema, type ChannelInput } from '../../lib/channels/schema';

const FIELDS = ['name', 'url', 'purpose', 'administrator', 'substitute'] as const;

/** Add or edit one channel. Validated with the register's zod schema before anything is stored. */
export function ChannelForm({ t, initial, editing, onSave, onCancel }: { t: Translate; initial: ChannelInput; editing: boolean; onSave: (input: ChannelInput) => Promise<void>; onCancel: () => void }) {
  const [input, setInput] = useState<ChannelInput>(initial);
  const [error, setError] = useState('');
  const set = (patch: Partial<ChannelInput>) => setInput((i) => ({ ...i, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = ChannelInputSchema.safeParse(input);
    if (!parsed.success) {
      const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].map((k) => t(`channels.field.${k as (typeof FIELDS)[number]}`));
      setError(t('channels.invalid', { fields: names.join(', ') }));
      return;
    }
    setError('');
    try {
      await onSave(parsed.data);
    } catch (err) {
      setError(String((err as Error)?.message ?? err));
    }
  };
  const title = editing ? t('channels.formEdit') : t('channels.formAdd');
  return (
    <form className="card channel-form" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
      <h3>{title}</h3>
      <label>
        {t('channels.field.platform')}
        <select value={input.platform} onChange={(e) => set({ platform: e.target.value as ChannelInput['platform'] })}>
          {CHANNEL_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(`channels.platform.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {FIELDS.map((field) =>
        field === 'purpose' ? (
          <label key={field}>
            {t('channels.field.purpose')}
            <textarea rows={3} value={input.purpose} onChange={(e) => set({ purpose: e.target.value })} />
          </label>
        ) : (
          <label key={field}>
            {t(`channels.field.${field}`)}
            <input type={field === 'url' ? 'url' : 'text'} required={field === 'name' || field === 'url'} value={input[field]} onChange={(e) => set({ [field]: e.target.value })} />
          </label>
        ),
      )}
      <label>
        {t('channels.field.reportedAt')}
        <input type="date" value={input.reportedAt} onChange={(e) => set({ reportedAt: e.target.value })} />
      </label>
      {error ? <p role="alert">{error}</p> : null}
      <div className="row">
        <button type="submit">{t('channels.save')}</button>
        <button type="button" onClick={onCancel}>
          {t('channels.cancel')}
        </button>
      </div>
    </form>
  );
}
