import { defineContentScript } from '#imports';
import { mountOverlay, type MountedOverlay } from '../../lib/overlay/mount';
import { HOST_TAG } from '../../lib/overlay/decorator';
import { listenForShortcut } from '../../lib/overlay/shortcut';
import { listenForOwnUiShots, listenForStoredCapture } from '../../lib/overlay/own-ui-shot';
import { adapterFor, CONTENT_MATCHES, type Adapter } from '../../lib/platforms';
import { platformOfUrl } from '../../lib/platforms/platform-of-url';
import { loadSitePacks, watchSitePacks } from '../../lib/platforms/pack-source';

/**
 * Thin entry: picks the site's adapter for the current URL and mounts the overlay; the sites
 * navigate in-page (YouTube home → /watch, Instagram feed → /p/…), so the choice is made
 * again on every location change, and the old overlay is torn down first.
 */
export default defineContentScript({
  matches: CONTENT_MATCHES,
  // Before the page is parsed: an item's toolbar room is placed before the browser first lays
  // the item out (lib/overlay/decorator.ts; issue 3's load budget).
  runAt: 'document_start',
  // WXT's "started" signal as an event only: its window.postMessage('*') reached every message
  // listener of the page's own scripts, and cost 4 ms of our start on every page (bench profile).
  noScriptStartedPostMessage: true,
  main(ctx) {
    let current: { adapter: Adapter; controller: AbortController; overlay: MountedOverlay } | undefined;
    const update = (force = false) => {
      const adapter = adapterFor(new URL(location.href));
      if (adapter === current?.adapter && !force) return;
      current?.controller.abort();
      current = undefined;
      if (!adapter) return;
      const controller = new AbortController();
      current = { adapter, controller, overlay: mountOverlay(adapter, controller.signal) };
    };
    ctx.addEventListener(window, 'wxt:locationchange', () => update());
    ctx.onInvalidated(() => current?.controller.abort());
    update();
    // Issue 22: a newer site pack (imported, or IT's policy) replaces the shipped selectors.
    // Mounted at once with the shipped ones (no wait on every page); only when the site's
    // selectors change is the overlay mounted again, reading with the new ones.
    const packs = new AbortController();
    ctx.onInvalidated(() => packs.abort());
    const remountFor = (sites: string[]) => current && sites.includes(current.adapter.id) && update(true);
    void loadSitePacks().then(remountFor, () => undefined);
    watchSitePacks(remountFor, packs.signal);
    // The shortcut works on every page of these sites, read by an adapter or not (selection).
    const shortcut = new AbortController();
    ctx.onInvalidated(() => shortcut.abort());
    listenForShortcut(() => current?.adapter.id ?? platformOfUrl(location.href), HOST_TAG, (host) => current?.overlay.captureFor(host) ?? false, shortcut.signal);
    // Issue 18: the context menu's screenshot of a selection, taken by the background, without our toolbars.
    listenForOwnUiShots(shortcut.signal);
    // Issue 18: "Ta skärmbild nu" in the queue, for an item of this page stored without a screenshot.
    listenForStoredCapture((item) => current?.overlay.captureStored(item) ?? Promise.resolve(null), shortcut.signal);
  },
});
