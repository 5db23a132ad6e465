import { useState } from 'react';
import { formatDateTime, type Translate } from '../../lib/i18n';
import type { ChannelFacts, ChannelReminder } from '../../lib/channels/reminders';
import { safeHref } from '../../lib/safe-url';

/** The register as a table; delete asks first, in place, and keyboard focus goes to the question. */
export function ChannelTable({ t, facts, reminders, onEdit, onDelete }: { t: Translate; facts: ChannelFacts[]; reminders?: Map<string, ChannelReminder>; onEdit: (id: string) => void; onDelete: (id: string) => Promise<void> }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (facts.length === 0) return <p>{t('channels.empty')}</p>;
  return (
    <table className="channel-table">
      <caption>{t('channels.count', { count: facts.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('channels.field.name')}</th>
          <th scope="col">{t('channels.field.platform')}</th>
          <th scope="col">{t('channels.field.purpose')}</th>
          <th scope="col">{t('channels.field.administrator')}</th>
          <th scope="col">{t('channels.field.substitute')}</th>
          <th scope="col">{t('channels.field.reportedAt')}</th>
          <th scope="col">{t('channels.field.lastScreenshot')}</th>
          <th scope="col">{t('channels.field.lastActivity')}</th>
          <th scope="col">{t('channels.field.next')}</th>
          <th scope="col">{t('channels.field.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {facts.map(({ channel: c, lastScreenshotAt, lastActivityAt }) => {
          const r = reminders?.get(c.id);
          const href = safeHref(c.url);
          return (
            <tr key={c.id} data-channel-id={c.id} data-due={r?.due ? 'true' : 'false'} data-quiet={r?.quiet ? 'true' : 'false'}>
              <th scope="row">{href ? <a href={href} target="_blank" rel="noopener noreferrer">{c.name}</a> : c.name}</th>
              <td>{t(`channels.platform.${c.platform}`)}</td>
              <td className="captured-text">{c.purpose}</td>
              <td>{c.administrator}</td>
              <td>{c.substitute}</td>
              <td>{c.reportedAt}</td>
              <td>{lastScreenshotAt ? formatDateTime(lastScreenshotAt) : t('channels.never')}</td>
              <td>{lastActivityAt ? formatDateTime(lastActivityAt) : t('channels.never')}</td>
              <td className={r?.due ? 'tone-error' : undefined}>{r?.suggested ?? ''}</td>
              <td>
                {confirming === c.id ? (
                  <div role="group" aria-label={t('channels.delete', { name: c.name })}>
                    <p>{t('channels.deleteConfirm', { name: c.name })}</p>
                    <button type="button" autoFocus onClick={() => void onDelete(c.id).finally(() => setConfirming(null))}>
                      {t('channels.deleteYes')}
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t('channels.cancel')}
                    </button>
                  </div>
                ) : (
                  <div className="row">
                    <button type="button" onClick={() => onEdit(c.id)} aria-label={t('channels.edit', { name: c.name })}>
                      {t('channels.editShort')}
                    </button>
                    <button type="button" onClick={() => setConfirming(c.id)} aria-label={t('channels.delete', { name: c.name })}>
                      {t('channels.deleteShort')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
