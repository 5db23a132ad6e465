import { useEffect, useState, type FormEvent } from 'react';
import type { Translate } from '../../lib/i18n';
import { usePolicy } from './usePolicy';
import { DIRECTORY_KINDS, getRegistrarSettings, RegistrarSettingsSchema, saveRegistrarSettings, type DirectoryEntry, type RegistrarSettings as Registrar } from '../../lib/settings/registrar';

/**
 * Settings for the export and forwarding (issue 5): the registrar's mailbox, the sender's own
 * address, the fault-report web address, and the directory of department mailboxes and contact
 * persons. Validated as a whole before it is stored.
 */
export function RegistrarSettings({ t }: { t: Translate }) {
  const [draft, setDraft] = useState<Registrar>();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  // Paths of the refused fields ("registrarEmail", "directory.0.email"): marked, and named in words.
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  useEffect(() => {
    void getRegistrarSettings().then(setDraft);
  }, []);
  // Issue 22: values set by IT's policy are shown, and saved, as IT set them.
  const policy = usePolicy()?.policy ?? {};
  if (!draft) return null;
  const lockedDirectory = policy.directory?.map((entry, i) => ({ id: `policy-${i + 1}`, ...entry }));
  const shown: Registrar = {
    ...draft,
    ...(policy.registrarEmail !== undefined ? { registrarEmail: policy.registrarEmail } : {}),
    ...(policy.faultReportUrl !== undefined ? { faultReportUrl: policy.faultReportUrl } : {}),
    ...(lockedDirectory ? { directory: lockedDirectory } : {}),
  };
  const lockNote = (locked: boolean) => (locked ? ` (${t('policy.locked')})` : null);

  const fieldWords = (path: string): string => {
    const [top, index, leaf] = path.split('.');
    if (top === 'registrarEmail' || top === 'senderEmail' || top === 'faultReportUrl') return t(`queue.registrar.${top}`);
    const entry = draft.directory[Number(index)];
    const leafWords = leaf === 'name' ? t('queue.registrar.entryName') : leaf === 'email' ? t('queue.registrar.entryEmail') : t('queue.registrar.entryKind');
    return `${t('queue.registrar.directory')} (${entry?.name || Number(index) + 1}): ${leafWords}`;
  };
  const bad = (path: string) => (invalid.has(path) ? { 'aria-invalid': true as const, className: 'invalid' } : {});

  const set = (patch: Partial<Registrar>) => setDraft({ ...draft, ...patch });
  const setEntry = (i: number, patch: Partial<DirectoryEntry>) => set({ directory: draft.directory.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = RegistrarSettingsSchema.safeParse(shown);
    if (!parsed.success) {
      const paths = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))];
      setInvalid(new Set(paths));
      setMessage({ tone: 'error', text: t('queue.registrar.invalid', { fields: paths.map(fieldWords).join(', ') }) });
      return;
    }
    setInvalid(new Set());
    await saveRegistrarSettings(parsed.data);
    setMessage({ tone: 'ok', text: t('queue.registrar.saved') });
  };

  return (
    <form className="settings" id="registrar" onSubmit={(e) => void submit(e)} aria-labelledby="registrar-heading" noValidate>
      <h2 id="registrar-heading">{t('queue.registrar.heading')}</h2>
      <p className="muted">{t('queue.registrar.help')}</p>
      <label>
        {t('queue.registrar.registrarEmail')}
        {lockNote(policy.registrarEmail !== undefined)}
        <input type="email" {...bad('registrarEmail')} readOnly={policy.registrarEmail !== undefined} value={shown.registrarEmail} onChange={(e) => set({ registrarEmail: e.target.value })} />
      </label>
      <label>
        {t('queue.registrar.senderEmail')}
        <input type="email" autoComplete="email" {...bad('senderEmail')} value={draft.senderEmail} onChange={(e) => set({ senderEmail: e.target.value })} />
      </label>
      <label>
        {t('queue.registrar.faultReportUrl')}
        {lockNote(policy.faultReportUrl !== undefined)}
        <input type="url" {...bad('faultReportUrl')} readOnly={policy.faultReportUrl !== undefined} value={shown.faultReportUrl} onChange={(e) => set({ faultReportUrl: e.target.value })} />
      </label>
      <fieldset disabled={lockedDirectory !== undefined}>
        <legend>
          {t('queue.registrar.directory')}
          {lockNote(lockedDirectory !== undefined)}
        </legend>
        {shown.directory.map((d, i) => (
          <div key={d.id} role="group" aria-label={d.name || String(i + 1)} className="row">
            <label>
              {t('queue.registrar.entryName')}
              <input type="text" {...bad(`directory.${i}.name`)} value={d.name} maxLength={200} onChange={(e) => setEntry(i, { name: e.target.value })} />
            </label>
            <label>
              {t('queue.registrar.entryEmail')}
              <input type="email" {...bad(`directory.${i}.email`)} value={d.email} onChange={(e) => setEntry(i, { email: e.target.value })} />
            </label>
            <label>
              {t('queue.registrar.entryKind')}
              <select value={d.kind} onChange={(e) => setEntry(i, { kind: e.target.value as DirectoryEntry['kind'] })}>
                {DIRECTORY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`queue.registrar.kind.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => set({ directory: draft.directory.filter((_, j) => j !== i) })}>
              {t('queue.registrar.remove', { name: d.name || String(i + 1) })}
            </button>
          </div>
        ))}
        <div>
          <button type="button" onClick={() => set({ directory: [...draft.directory, { id: crypto.randomUUID(), name: '', email: '', kind: 'department' }] })}>
            {t('queue.registrar.add')}
          </button>
        </div>
      </fieldset>
      <div>
        <button type="submit" className="primary">
          {t('queue.registrar.save')}
        </button>
      </div>
      <p role={message?.tone === 'error' ? 'alert' : 'status'} className={message ? `tone-${message.tone}` : ''}>
        {message?.text ?? ''}
      </p>
    </form>
  );
}
