import { useEffect, useState } from 'react';
import { buildChannelCsv } from '../../lib/channels/csv';
import { buildChannelPdf } from '../../lib/channels/pdf';
import { addChannel, deleteChannel, updateChannel } from '../../lib/channels/repository';
import { EMPTY_CHANNEL_INPUT, type ChannelInput } from '../../lib/channels/schema';
import { platformOfChannelUrl } from '../../lib/channels/url';
import { offerDownload } from '../../lib/export/download';
import { fileDay } from '../../lib/export/fileStamp';
import type { Translate } from '../../lib/i18n';
import { send } from '../../lib/protocol';
import { getDb } from '../../lib/records/db';
import type { Profile } from '../../lib/records/schema';
import { ChannelForm } from './ChannelForm';
import { ChannelReminderList } from './ChannelReminderList';
import { ChannelTable } from './ChannelTable';
import { PageCapturePanel } from './PageCapturePanel';
import { ReminderSettingsForm } from './ReminderSettingsForm';
import { useChannels } from './useChannels';
import { resolveTargetTab } from './useTargetTab';

/** Asks the background to recompute the badge and notification with this page's clock (lib/background/channel-check.ts). */
function askCheck(now: Date): void {
  void send('channels-check', { at: now.toISOString() }).catch(() => undefined);
}

/** The register of channels (#/channels in the queue): list, add, edit, delete, export, reminders, full-page screenshot. */
export function ChannelsPage({ t, profile }: { t: Translate; profile: Profile }) {
  const { facts, reminders, settings, setSettings, now } = useChannels();
  const [editing, setEditing] = useState<{ id?: string; input: ChannelInput } | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => askCheck(now), [now]);

  const fromTab = async () => {
    const tab = await resolveTargetTab().catch(() => null);
    const url = tab?.url ?? '';
    setEditing({ input: { ...EMPTY_CHANNEL_INPUT, url, name: tab?.title ?? '', platform: url ? platformOfChannelUrl(url) : 'other' } });
  };
  const save = async (input: ChannelInput) => {
    const db = getDb();
    if (editing?.id) await updateChannel(db, editing.id, input, new Date());
    else await addChannel(db, input, new Date());
    setEditing(null);
    setMessage(t('channels.saved'));
    askCheck(new Date());
  };
  const remove = async (id: string) => {
    await deleteChannel(getDb(), id);
    setMessage(t('channels.deleted'));
    askCheck(new Date());
  };
  const exportAs = async (format: 'csv' | 'pdf') => {
    try {
      const list = facts ?? [];
      const file = `kanaler-${fileDay(new Date())}.${format}`;
      const bytes = format === 'csv' ? buildChannelCsv(list) : await buildChannelPdf(list, { exportedBy: profile, exportedAt: new Date() });
      offerDownload([bytes], file, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/pdf');
      setMessage(t('channels.export.done', { file }));
    } catch (error) {
      setMessage(t('channels.export.failed', { detail: String((error as Error)?.message ?? error) }));
    }
  };

  return (
    <div className="channels">
      <h2>{t('channels.heading')}</h2>
      <p className="muted">{t('channels.intro')}</p>
      <PageCapturePanel t={t} headingLevel={3} />
      {facts ? <ChannelReminderList t={t} facts={facts} reminders={reminders} /> : null}
      <div className="row">
        <button type="button" onClick={() => setEditing({ input: EMPTY_CHANNEL_INPUT })}>
          {t('channels.add')}
        </button>
        <button type="button" onClick={() => void fromTab()}>
          {t('channels.addFromTab')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('channels.export.csv')}
        </button>
        <button type="button" onClick={() => void exportAs('pdf')}>
          {t('channels.export.pdf')}
        </button>
      </div>
      <p role="status">{message}</p>
      {editing ? <ChannelForm key={editing.id ?? 'new'} t={t} initial={editing.input} editing={editing.id !== undefined} onSave={save} onCancel={() => setEditing(null)} /> : null}
      {facts ? (
        <ChannelTable
          t={t}
          facts={facts}
          reminders={reminders}
          onDelete={remove}
          onEdit={(id) => {
            const f = facts.find((x) => x.channel.id === id);
            if (!f) return;
            const { platform, name, url, purpose, administrator, substitute, reportedAt } = f.channel;
            setEditing({ id, input: { platform, name, url, purpose, administrator, substitute, reportedAt } });
          }}
        />
      ) : null}
      <ReminderSettingsForm
        key={JSON.stringify(settings)}
        t={t}
        settings={settings}
        onSaved={(s) => {
          setSettings(s);
          askCheck(new Date());
        }}
      />
    </div>
  );
}
