import { createRoot } from 'react-dom/client';
import { CaptureClient } from '../../lib/overlay/capture-client';
import { Decorator } from '../../lib/overlay/decorator';
import type { Adapter } from '../../lib/platforms';
import { Overlay } from './Overlay';

/**
 * Starts the overlay for one adapter: the decorator, the capture client and the page's one
 * React root (in an open shadow root). Everything is removed when `signal` aborts.
 */
export function mountOverlay(adapter: Adapter, signal: AbortSignal): void {
  const decorator = new Decorator(adapter, document, signal);
  const client = new CaptureClient(adapter, signal);
  const container = document.createElement('kommentarsvakt-root');
  container.attachShadow({ mode: 'open' });
  document.documentElement.append(container);
  const root = createRoot(container.shadowRoot!);
  root.render(<Overlay adapter={adapter} decorator={decorator} client={client} />);
  signal.addEventListener(
    'abort',
    () => {
      root.unmount();
      container.remove();
    },
    { once: true },
  );
}
