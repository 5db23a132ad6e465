import { useEffect, useState, type FormEvent } from 'react';
import type { Translate } from '../../lib/i18n';
import { DIRECTORY_KINDS, getRegistrarSettings, RegistrarSettingsSchema, saveRegistrarSettings, type DirectoryEntry, type RegistrarSettings as Registrar } from '../../lib/settings/registrar';

/**
 * Settings for the export and forwarding (issue 5): the registrar's mailbox, the sender's own
 * address, the fault-report web address, and the directory of department mailboxes and contact
 * persons. Validated as a whole before it is stored.
 */
export function RegistrarSettings({ t }: { t: Translate }) {
  const [draft, setDraft] = useState<Registrar>();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  useEffect(() => {
    void getRegistrarSettings().then(setDraft);
  }, []);
  if (!draft) return null;

  const set = (patch: Partial<Registrar>) => setDraft({ ...draft, ...patch });
  const setEntry = (i: number, patch: Partial<DirectoryEntry>) => set({ directory: draft.directory.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = RegistrarSettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setMessage({ tone: 'error', text: t('queue2.registrar.invalid', { fields: [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ') }) });
      return;
    }
    await saveRegistrarSettings(parsed.data);
    setMessage({ tone: 'ok', text: t('queue2.registrar.saved') });
  };

  return (
    <form className="settings" onSubmit={(e) => void submit(e)} aria-labelledby="registrar-heading">
      <h2 id="registrar-heading">{t('queue2.registrar.heading')}</h2>
      <p className="muted">{t('queue2.registrar.help')}</p>
      <label>
        {t('queue2.registrar.registrarEmail')}
        <input type="email" value={draft.registrarEmail} onChange={(e) => set({ registrarEmail: e.target.value })} />
      </label>
      <label>
        {t('queue2.registrar.senderEmail')}
        <input type="email" autoComplete="email" value={draft.senderEmail} onChange={(e) => set({ senderEmail: e.target.value })} />
      </label>
      <label>
        {t('queue2.registrar.faultReportUrl')}
        <input type="url" value={draft.faultReportUrl} onChange={(e) => set({ faultReportUrl: e.target.value })} />
      </label>
      <fieldset>
        <legend>{t('queue2.registrar.directory')}</legend>
        {draft.directory.map((d, i) => (
          <div key={d.id} role="group" aria-label={d.name || String(i + 1)} className="row">
            <label>
              {t('queue2.registrar.entryName')}
              <input type="text" value={d.name} maxLength={200} onChange={(e) => setEntry(i, { name: e.target.value })} />
            </label>
            <label>
              {t('queue2.registrar.entryEmail')}
              <input type="email" value={d.email} onChange={(e) => setEntry(i, { email: e.target.value })} />
            </label>
            <label>
              {t('queue2.registrar.entryKind')}
              <select value={d.kind} onChange={(e) => setEntry(i, { kind: e.target.value as DirectoryEntry['kind'] })}>
                {DIRECTORY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`queue2.registrar.kind.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => set({ directory: draft.directory.filter((_, j) => j !== i) })}>
              {t('queue2.registrar.remove', { name: d.name || String(i + 1) })}
            </button>
          </div>
        ))}
        <div>
          <button type="button" onClick={() => set({ directory: [...draft.directory, { id: crypto.randomUUID(), name: '', email: '', kind: 'department' }] })}>
            {t('queue2.registrar.add')}
          </button>
        </div>
      </fieldset>
      <div>
        <button type="submit" className="primary">
          {t('queue2.registrar.save')}
        </button>
      </div>
      <p role="status" className={message ? `tone-${message.tone}` : ''}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}
