import { ChannelsBar } from '../channels/ChannelsBar';
import { QueuePage } from '../queue/QueuePage';
import { RemovalReasons } from './RemovalReasons';

/** The side panel (Chrome side_panel, Firefox sidebar_action): the same queue, laid out narrow. */
export function SidePanel() {
  // Issue 6: full-page screenshot of the tab beside the panel, and channels that are due.
  return (
    <>
      <ChannelsBar />
      {/* Issue 24: a comment removed on the site asks for its §3 reasons here. */}
      <RemovalReasons />
      <QueuePage variant="panel" />
    </>
  );
}
