import { z } from 'zod';

/**
 * A site pack: one site's selectors as data, so a redesign is mended by a new file instead of
 * a new release. Only selectors and words: nothing in a pack is ever run.
 */
export const SITE_PACK_FORMAT = 'kommentarsvakt-site-pack/1';
export const PACK_SITES = ['facebook', 'business-suite', 'instagram', 'youtube', 'youtube-studio'] as const;

// Messages are message keys (lib/i18n/problem.ts words them in the user's language).
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'refusal.format.date');

/** One alternative: the selector, since when it matches, and which markup it matches. */
export const selectorEntrySchema = z.strictObject({
  selector: z.string().min(1).max(500),
  since: isoDate,
  matches: z.string().min(1).max(300),
});

export const sitePackSchema = z.strictObject({
  format: z.literal(SITE_PACK_FORMAT),
  site: z.enum(PACK_SITES),
  /** The pack's own date: the newest valid pack wins. */
  published: isoDate,
  /** Who made it, for the popup ("Kommentarsvakt", "IT-avdelningen"). */
  publisher: z.string().min(1).max(100),
  /** Selector name (the adapter's, e.g. "article", "commentLink") → alternatives, tried in order. */
  selectors: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'refusal.format.selectorName'), z.array(selectorEntrySchema).min(1).max(20)),
});

export type SitePack = z.infer<typeof sitePackSchema>;
export type SelectorEntry = z.infer<typeof selectorEntrySchema>;
