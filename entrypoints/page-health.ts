import { defineUnlistedScript } from '#imports';
import { runAdapter } from '../lib/pagereport/adapter-run';
import { pageHealth } from '../lib/pagereport/health';

/**
 * Thin entry: injected by the popup or side panel into the tab they describe (issue 22); the
 * page's health is this script's result (plain JSON, checked by the caller).
 */
export default defineUnlistedScript(() => pageHealth(document, runAdapter(document)));
