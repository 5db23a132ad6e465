import { defineUnlistedScript } from '#imports';
import { pageReport } from '../lib/pagereport';

/**
 * Thin entry: "Spara sidrapport" (issue 22) injects this into the tab; the report is its result
 * (plain JSON, checked by the caller before it is offered as a file).
 */
export default defineUnlistedScript(() => pageReport(document));
