import { defineUnlistedScript } from '#imports';
import { pageReport } from '../lib/pagereport';
import { loadSitePacks } from '../lib/platforms/pack-source';

/**
 * Thin entry: "Spara sidrapport" (issue 22) injects this into the tab; the report, read with
 * the site pack in use, is its result (plain JSON, checked by the caller before it is offered
 * as a file).
 */
export default defineUnlistedScript(async () => {
  await loadSitePacks();
  return pageReport(document);
});
