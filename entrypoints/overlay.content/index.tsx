import { createRoot } from 'react-dom/client';
import { defineContentScript } from '#imports';
import { Overlay } from '../../components/overlay/Overlay';
import { CaptureClient } from '../../lib/overlay/capture-client';
import { Decorator } from '../../lib/overlay/decorator';
import { adapterFor } from '../../lib/platforms';

/** Thin entry: pick the site's adapter, start the decorator, mount the one overlay root. */
export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const decorator = new Decorator(adapter, document, controller.signal);
    const client = new CaptureClient(adapter, controller.signal);

    const container = document.createElement('kommentarsvakt-root');
    container.attachShadow({ mode: 'open' });
    document.documentElement.append(container);
    const root = createRoot(container.shadowRoot!);
    root.render(<Overlay adapter={adapter} decorator={decorator} client={client} />);
    controller.signal.addEventListener('abort', () => {
      root.unmount();
      container.remove();
    });
  },
});
