import { defineUnlistedScript } from '#imports';
import { createGuidePanel } from '../components/overlay/mount-panel';
import { loadedPanel, registerPanel } from '../lib/overlay/panel-api';

/**
 * Thin entry: the guide panel (React, the guide's word lists, templates, the full catalogue),
 * injected by the background into a tab's frame when its first guide is opened, into the same
 * isolated world as the overlay's content script, which finds the API registered here.
 */
export default defineUnlistedScript(() => {
  // Injected once per frame; a second injection (two clicks racing) keeps the first.
  if (!loadedPanel()) registerPanel(createGuidePanel(document));
});
