import type { Classification } from '../deadlines/classification';
import type { Adapter, ItemReading } from '../platforms';
import { send } from '../protocol';

/**
 * The contract between the content script (toolbars, on every page) and the guide panel
 * (React, loaded into the same isolated world on first use). Issue 3: React, the guide's word
 * lists and the full catalogue were 70 % of the content script; nobody needs them until a
 * guide is opened.
 */
export interface PanelTarget {
  /** Decorated item id and version: a recycled node gets a new key. */
  key: string;
  item: Element;
  reading: ItemReading;
  adapter: Adapter;
  /** Where the panel is rendered: inside the toolbar's shadow root, after the buttons. */
  slot: HTMLElement;
  panelId: string;
}

export interface GuidePanelApi {
  /** Opens or closes the target's panel; answers whether it is open now. */
  toggle(target: PanelTarget): boolean;
  /** The category the user saw (and perhaps changed) in the panel, for the capture to store. */
  classification(key: string): Classification | undefined;
  /** The toolbar is gone (node removed or recycled): its panel and state go too. */
  forget(key: string): void;
  /** The overlay was torn down: unmount everything. The API can be used again afterwards. */
  dispose(): void;
}

/** Where the panel script leaves its API: a global of our isolated world, not of the page. */
export const PANEL_API = Symbol.for('kommentarsvakt.guide-panel');

type WithPanel = typeof globalThis & { [PANEL_API]?: GuidePanelApi };

export function loadedPanel(): GuidePanelApi | undefined {
  return (globalThis as WithPanel)[PANEL_API];
}

export function registerPanel(api: GuidePanelApi): void {
  (globalThis as WithPanel)[PANEL_API] = api;
}

let loading: Promise<GuidePanelApi> | undefined;

/** The panel's API, asking the background to inject its script the first time. */
export function loadGuidePanel(): Promise<GuidePanelApi> {
  const ready = loadedPanel();
  if (ready) return Promise.resolve(ready);
  loading ??= (async () => {
    const answer = await send('load-guide-panel');
    if (!answer.ok) throw new Error(answer.detail);
    const api = loadedPanel();
    if (!api) throw new Error('not registered');
    return api;
  })().finally(() => (loading = undefined));
  return loading;
}
