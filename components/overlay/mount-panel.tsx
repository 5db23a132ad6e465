import { createRoot, type Root } from 'react-dom/client';
import type { GuidePanelApi } from '../../lib/overlay/panel-api';
import { PanelManager } from './panel-manager';
import { PanelRoot } from './PanelRoot';

/**
 * The guide panel's API for this page: one React root (in an open shadow root of its own),
 * created when a guide is first opened and removed with the overlay.
 */
export function createGuidePanel(doc: Document): GuidePanelApi {
  let mounted: { root: Root; container: HTMLElement } | undefined;
  const manager: PanelManager = new PanelManager(() => {
    if (mounted) return;
    const container = doc.createElement('kommentarsvakt-root');
    container.attachShadow({ mode: 'open' });
    doc.documentElement.append(container);
    const root = createRoot(container.shadowRoot!);
    root.render(<PanelRoot manager={manager} />);
    mounted = { root, container };
  });
  return {
    toggle: (target) => manager.toggle(target),
    classification: (key) => manager.classification(key),
    forget: (key) => manager.forget(key),
    dispose: () => {
      manager.dispose();
      mounted?.root.unmount();
      mounted?.container.remove();
      mounted = undefined;
    },
  };
}
