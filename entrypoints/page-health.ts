import { defineUnlistedScript } from '#imports';
import { runAdapter } from '../lib/pagereport/adapter-run';
import { pageHealth } from '../lib/pagereport/health';
import { loadSitePacks } from '../lib/platforms/pack-source';

/**
 * Thin entry: injected by the popup or side panel into the tab they describe (issue 22); the
 * page's health, read with the site pack in use, is this script's result (plain JSON, checked
 * by the caller).
 */
export default defineUnlistedScript(async () => {
  await loadSitePacks();
  return pageHealth(document, runAdapter(document));
});
