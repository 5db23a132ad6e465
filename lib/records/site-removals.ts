/**
 * Issue 24: what the administrator did with the site's own menu when a record was made by itself
 * ("fångad vid borttagning"): 'deleted' (raderad) or 'hidden' (dold). Its own module: the
 * content script and the protocol need it without the record schema.
 */
export const SITE_REMOVALS = ['deleted', 'hidden'] as const;
export type SiteRemoval = (typeof SITE_REMOVALS)[number];
