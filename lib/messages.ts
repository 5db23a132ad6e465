import { z } from 'zod';
import { PLATFORMS } from './platforms/types';
import { CATEGORY_IDS } from './guide/schema';
import { ScreenshotDoubtSchema } from './records/schema';

/**
 * Every message between the overlay and the background, validated with zod on arrival
 * (a page can't send to us, but a bug or an old tab after an update can send nonsense).
 */

const str = (max: number) => z.string().max(max);

export const ItemReadingSchema = z.object({
  kind: z.enum(['post', 'comment', 'reply', 'selection']),
  author: str(1000),
  text: str(1_000_000),
  authorUrl: str(8000).optional(),
  permalink: str(8000).optional(),
  itemId: str(500).optional(),
  publishedText: str(200).optional(),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  parent: z
    .object({ author: str(1000).optional(), text: str(200_000).optional(), permalink: str(8000).optional() })
    .optional(),
  unreadable: z.array(str(100)).max(50).optional(),
});

const RectSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().nonnegative(),
  height: z.number().finite().nonnegative(),
});

const ViewportSchema = z.object({ width: z.number().positive(), height: z.number().positive() });

/** Overlay → background, right before the shot: where the item is, and what lay over it then. */
export const PrepareShotResponseSchema = z.object({ rect: RectSchema, viewport: ViewportSchema, doubt: ScreenshotDoubtSchema.nullable().optional() });
export type PrepareShotResponse = z.infer<typeof PrepareShotResponseSchema>;

/** Overlay → background, right after the shot: what may be wrong with the picture (checked before and after). */
export const ShotDoneResponseSchema = z.object({ doubt: ScreenshotDoubtSchema.nullable() });
export type ShotDoneResponse = z.infer<typeof ShotDoneResponseSchema>;

export const CaptureRequestSchema = z.object({
  type: z.literal('capture'),
  /** Made by the overlay, so a retry after a stopped service worker is recognised. */
  recordId: z.uuid(),
  /** Set on the overlay's second attempt: only then can the record already exist. */
  retry: z.boolean().optional(),
  platform: z.enum(PLATFORMS),
  pageUrl: str(8000),
  reading: ItemReadingSchema,
  /** Where the item was at the click; used when the screenshot can be taken at once. */
  shot: PrepareShotResponseSchema.optional(),
  /** The category the user confirmed in the overlay, with suggest()'s flags (issue 4). */
  classification: z
    .object({ category: z.enum(CATEGORY_IDS), flags: z.array(str(100)).max(50), dueAt: z.iso.datetime({ offset: true }).optional() })
    .optional(),
});
export type CaptureRequest = z.infer<typeof CaptureRequestSchema>;

// What the content script receives is validated there, with zod/mini (lib/overlay/messages.ts).
export { CAPTURE_ERRORS, type CaptureError, type CaptureResponse } from './overlay/messages';

export const RequestSchema = z.discriminatedUnion('type', [CaptureRequestSchema]);
export type Request = z.infer<typeof RequestSchema>;


export type { OverlayMessage } from './overlay/messages';
