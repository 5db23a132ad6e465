import { useState } from 'react';
import { offerDownload } from '../../lib/export/download';
import { forwardMailto } from '../../lib/export/forward-mailto';
import type { Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import { getDb } from '../../lib/records/db';
import { changeStatus } from '../../lib/records/repository';
import type { CaptureRecord, Profile } from '../../lib/records/schema';
import { checkTransition } from '../../lib/records/statuses';
import { safeHref } from '../../lib/safe-url';
import { ButtonWithReason } from './WhyDisabled';
import { errorText } from './texts';
import { useRegistrar } from './useRegistrar';

/**
 * Forwards a record to a department mailbox or contact person from the directory: a .eml with
 * the screenshot (then the record is marked forwarded, with the recipient in the audit note),
 * or a mailto: draft. Fault reports also get the configured fault-report web address.
 */
export function ForwardForm({ record, t, profile, actor }: { record: CaptureRecord; t: Translate; profile: Profile; actor: () => Actor }) {
  const registrar = useRegistrar();
  const [toId, setToId] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const to = registrar.directory.find((d) => d.id === toId);

  const downloadEml = async () => {
    if (!to) return;
    try {
      const row = await getDb().screenshots.get(record.id);
      const screenshot = row ? new Uint8Array(await row.blob.arrayBuffer()) : undefined;
      // mimetext loads only when a message is actually made.
      const { buildForwardEmail } = await import('../../lib/export/forward');
      const bytes = await buildForwardEmail({ record, ...(screenshot ? { screenshot } : {}), from: registrar.senderEmail, to: { name: to.name, email: to.email }, sender: profile, now: new Date() });
      offerDownload([bytes], `vidarebefordra-${record.id}.eml`, 'message/rfc822');
      if (checkTransition(record.status, 'forwarded') === null) {
        await changeStatus(getDb(), [record.id], 'forwarded', actor(), { note: t('queue.forward.markNote', { to: `${to.name} <${to.email}>` }) });
      }
      setMessage({ tone: 'ok', text: t('queue.forward.done', { to: to.name }) });
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(t, error) });
    }
  };

  const faultUrl = safeHref(registrar.faultReportUrl);
  return (
    <section className="card" aria-labelledby="forward-heading">
      <h2 id="forward-heading">{t('queue.forward.heading')}</h2>
      {registrar.directory.length === 0 ? <p className="muted">{t('queue.forward.noDirectory')}</p> : null}
      {registrar.senderEmail === '' && registrar.directory.length === 0 ? <p className="muted">{t('queue.forward.noSender')}</p> : null}
      {registrar.directory.length > 0 ? (
        <div className="row">
          <label>
            {t('queue.forward.to')}
            <select value={toId} onChange={(e) => setToId(e.target.value)}>
              <option value="">{t('queue.forward.choose')}</option>
              {registrar.directory.map((d) => (
                <option key={d.id} value={d.id}>
                  {`${d.name} <${d.email}>`}
                </option>
              ))}
            </select>
          </label>
          <ButtonWithReason id="forward-eml-why" type="button" why={registrar.senderEmail === '' ? t('queue.forward.noSender') : !to ? t('queue.forward.chooseFirst') : undefined} onClick={() => void downloadEml()}>
            {t('queue.forward.eml')}
          </ButtonWithReason>
          {to ? <a href={forwardMailto(record, to.email, profile)}>{t('queue.forward.mailto')}</a> : null}
        </div>
      ) : null}
      {record.category === 'fault-report' && faultUrl ? (
        <p>
          <a href={faultUrl} target="_blank" rel="noopener noreferrer">
            {t('queue.forward.faultUrl')}
          </a>
        </p>
      ) : null}
      <p role={message?.tone === 'error' ? 'alert' : 'status'} className={message ? `tone-${message.tone}` : ''}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
