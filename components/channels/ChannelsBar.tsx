import { browser } from 'wxt/browser';
import { useSettings } from '../common/useSettings';
import { PageCapturePanel } from './PageCapturePanel';
import { useChannels } from './useChannels';

/** The side panel's part of issue 6: full-page screenshot of the tab beside it, and what is due. */
export function ChannelsBar() {
  const { t } = useSettings();
  const { reminders } = useChannels();
  const all = reminders ? [...reminders.values()] : [];
  const due = all.filter((r) => r.due).length;
  const quiet = all.filter((r) => r.quiet).length;
  return (
    <div className="channels-bar">
      <PageCapturePanel t={t} />
      {due + quiet > 0 ? (
        <p role="status" data-channels-due={due} data-channels-quiet={quiet}>
          {t('channels.due.summary', { due, quiet })}{' '}
          <a href={`${browser.runtime.getURL('/queue.html')}#/channels`} target="_blank" rel="noopener">
            {t('channels.due.open')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
