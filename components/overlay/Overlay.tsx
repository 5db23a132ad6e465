import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { CaptureClient } from '../../lib/overlay/capture-client';
import type { Decorator } from '../../lib/overlay/decorator';
import type { Adapter } from '../../lib/platforms';
import { useSettings } from '../shared/useSettings';
import { GuideProvider } from './GuideContext';
import { ItemToolbar } from './ItemToolbar';

interface Props {
  adapter: Adapter;
  decorator: Decorator;
  client: CaptureClient;
}

/** The page's one React root: each decorated item's toolbar is a portal into its own shadow root. */
export function Overlay({ adapter, decorator, client }: Props) {
  const entries = useSyncExternalStore(decorator.subscribe, decorator.getSnapshot);
  const { settings, t } = useSettings();
  return (
    <GuideProvider settings={settings}>
      {entries.map((entry) =>
        createPortal(<ItemToolbar adapter={adapter} client={client} item={entry.item} host={entry.host} t={t} />, entry.shadow, `${entry.id}:${entry.version}`),
      )}
    </GuideProvider>
  );
}
