import { z } from 'zod';
import { PLATFORMS } from './platforms/types';
import { CATEGORY_IDS } from './guide/schema';
import { SCREENSHOT_MISSING_REASONS } from './records/schema';

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
  shot: z.object({ rect: RectSchema, viewport: z.object({ width: z.number().positive(), height: z.number().positive() }) }).optional(),
  /** The category the user confirmed in the overlay, with suggest()'s flags (issue 4). */
  classification: z
    .object({ category: z.enum(CATEGORY_IDS), flags: z.array(str(100)).max(50), dueAt: z.iso.datetime({ offset: true }).optional() })
    .optional(),
});
export type CaptureRequest = z.infer<typeof CaptureRequestSchema>;

export const CAPTURE_ERRORS = ['storage-full', 'storage-failed', 'invalid-message', 'unknown'] as const;
export type CaptureError = (typeof CAPTURE_ERRORS)[number];

export const CaptureResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    recordId: z.string(),
    screenshot: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok') }),
      z.object({ status: z.literal('missing'), reason: z.enum(SCREENSHOT_MISSING_REASONS), detail: z.string().optional() }),
    ]),
  }),
  z.object({ ok: z.literal(false), error: z.enum(CAPTURE_ERRORS), detail: z.string().optional() }),
]);
export type CaptureResponse = z.infer<typeof CaptureResponseSchema>;

export const RequestSchema = z.discriminatedUnion('type', [CaptureRequestSchema]);
export type Request = z.infer<typeof RequestSchema>;

/** Background → overlay, right before the screenshot: bring the item into view, say where it is. */
export const PrepareShotSchema = z.object({ type: z.literal('prepare-shot'), recordId: z.uuid() });
export const PrepareShotResponseSchema = z.object({ rect: RectSchema, viewport: z.object({ width: z.number().positive(), height: z.number().positive() }) });
export type PrepareShotResponse = z.infer<typeof PrepareShotResponseSchema>;
/** Background → overlay, after the screenshot: show our toolbars again. */
export const ShotDoneSchema = z.object({ type: z.literal('shot-done'), recordId: z.uuid() });
export const OverlayMessageSchema = z.discriminatedUnion('type', [PrepareShotSchema, ShotDoneSchema]);
export type OverlayMessage = z.infer<typeof OverlayMessageSchema>;
