import * as z from 'zod/mini';

/**
 * One item as read from the page, as a schema: the adapters' return type and the capture
 * message's payload are both derived from it. zod/mini, so the content script can carry it.
 * Strings are what the page shows; a field the adapter could not read is left undefined and
 * named in `unreadable`, never guessed from a neighbour.
 */

// Marked pure: a bundle that does not check readings (the content script) leaves the schema out.
// @__NO_SIDE_EFFECTS__
const str = (max: number) => z.string().check(z.maxLength(max));

/** What a record can hold (lib/records/schema.ts uses the same bounds). */
export const READING_LIMITS = {
  author: 1000,
  text: 1_000_000,
  url: 8000,
  itemId: 500,
  publishedText: 200,
  parentText: 200_000,
  /** The stored record's bound: a longer one would be refused at the commit. */
  parentPermalink: 4000,
  unreadableName: 100,
  unreadableCount: 50,
} as const;
const L = READING_LIMITS;
// @__NO_SIDE_EFFECTS__
const names = (max: number) => z.array(str(L.unreadableName)).check(z.maxLength(max));

/** 'selection': text the user selected, captured by the context menu or the shortcut. */
export const ITEM_KINDS = ['post', 'comment', 'reply', 'selection'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The post or thread an item belongs to, as far as the page shows it. */
export const ParentReadingSchema = z.object({
  author: z.optional(str(L.author)),
  text: z.optional(str(L.parentText)),
  permalink: z.optional(str(L.parentPermalink)),
});
export type ParentReading = z.infer<typeof ParentReadingSchema>;

export const ItemReadingSchema = z.object({
  kind: z.enum(ITEM_KINDS),
  author: str(L.author),
  text: str(L.text),
  authorUrl: z.optional(str(L.url)),
  permalink: z.optional(str(L.url)),
  itemId: z.optional(str(L.itemId)),
  /**
   * The page or channel itself wrote it, as the page shows it (Facebook: the post's own page;
   * Instagram: the post's author; YouTube: the creator badge or the video's channel; Studio:
   * the channel whose Studio it is). False when the page does not show it, never guessed.
   */
  byOwner: z.boolean(),
  /** For a reply, the itemId of the comment it answers, where the page shows it. */
  parentItemId: z.optional(str(L.itemId)),
  /** The time as the page shows it ("2 tim", "12 hours ago"). */
  publishedText: z.optional(str(L.publishedText)),
  /** ISO 8601, only where the page gives an exact time (Instagram's time[datetime]). */
  publishedAt: z.optional(z.iso.datetime({ offset: true })),
  parent: z.optional(ParentReadingSchema),
  /** Names of fields that the markup should have had but the adapter could not read. */
  unreadable: z.optional(names(L.unreadableCount)),
});
export type ItemReading = z.infer<typeof ItemReadingSchema>;
