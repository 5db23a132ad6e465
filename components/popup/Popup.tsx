import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '../../lib/records/db';
import { JournalBehindNotice } from '../queue/JournalBehindNotice';
import { JournalRestoreNotice } from '../queue/JournalRestoreNotice';
import { BackupStatus } from './BackupStatus';
import { StoreLossNotice } from '../queue/StoreLossNotice';
import { useSettings } from '../common/useSettings';
import { PageHealthSection } from '../pagehealth/PageHealthSection';

/** Firefox shows the side panel's page (sidepanel.html) as its sidebar (sidebar_action). */
const FIREFOX = import.meta.env.BROWSER === 'firefox';

/** Must run in the click's own task: Firefox opens the sidebar only on a user action. */
function openSidebar(): Promise<void> {
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  return (sidebar?.open() ?? Promise.resolve()).then(() => window.close());
}

/**
 * The toolbar popup. Opening it is a click on our action, which also grants activeTab for the
 * current tab: screenshots then work there without the optional permission.
 */
export function Popup() {
  const { t, settings } = useSettings();
  const count = useLiveQuery(() => getDb().records.count(), []);
  // Issue 24: how many records were made by themselves at the site's own Delete or Hide.
  const automatic = useLiveQuery(() => getDb().records.filter((r) => r.capturedOnRemoval !== undefined).count(), []);
  const oldest = useLiveQuery(async () => (await getDb().records.orderBy('capturedAt').first())?.capturedAt ?? null, []);
  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  const open = async (path: string) => {
    await browser.tabs.create({ url: browser.runtime.getURL(path as '/queue.html') });
    window.close();
  };
  return (
    <main className="popup">
      <h1>{t('app.name')}</h1>
      <p role="status">{count === undefined ? '' : t('popup.queueCount', { count })}</p>
      <p data-removal-count={automatic ?? ''}>{automatic === undefined ? '' : t('removal.count', { count: automatic })}</p>
      <StoreLossNotice t={t} variant="popup" />
      <JournalRestoreNotice t={t} variant="popup" />
      <JournalBehindNotice t={t} variant="popup" />
      <BackupStatus t={t} oldestCapture={oldest} />
      <PageHealthSection t={t} />
      <p className="muted">{t('popup.screenshotsTab')}</p>
      <p>
        <button type="button" className="primary" onClick={() => void open('/queue.html')}>
          {t('popup.openQueue')}
        </button>{' '}
        <button type="button" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {t('popup.options')}
        </button>
      </p>
      {FIREFOX ? (
        <>
          <p className="muted">{t('firefox.sidebarNote')}</p>
          <p>
            <button type="button" onClick={() => void openSidebar()}>
              {t('firefox.openSidebar')}
            </button>
          </p>
        </>
      ) : null}
    </main>
  );
}
