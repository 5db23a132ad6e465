import { QueuePage } from '../queue/QueuePage';

/** The side panel (Chrome side_panel, Firefox sidebar_action): the same queue, laid out narrow. */
export function SidePanel() {
  return <QueuePage variant="panel" />;
}
