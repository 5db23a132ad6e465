import { ChannelsBar } from '../channels/ChannelsBar';
import { useSettings } from '../common/useSettings';
import { QueuePage } from '../queue/QueuePage';
import { RemovalReasons } from './RemovalReasons';
import { PageHealthSection } from '../pagehealth/PageHealthSection';
import { PageTriagePanel } from './PageTriagePanel';

/** The side panel (Chrome side_panel, Firefox sidebar_action): the same queue, laid out narrow. */
export function SidePanel() {
  const { t, settings } = useSettings();
  // Issue 6: full-page screenshot of the tab beside the panel, and channels that are due.
  // Issue 22: how well the page beside the panel is read.
  return (
    <>
      <PageHealthSection t={t} />
      <ChannelsBar />
      {/* Issue 24: a comment removed on the site asks for its §3 reasons here. */}
      <RemovalReasons settings={settings} t={t} />
      {/* Issue 20: the active tab's comments, triaged. */}
      <PageTriagePanel t={t} />
      <QueuePage variant="panel" />
    </>
  );
}
