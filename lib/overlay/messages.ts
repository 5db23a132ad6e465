import * as z from 'zod/mini';
import { SCREENSHOT_DOUBT_REASONS, SCREENSHOT_MISSING_REASONS } from '../records/screenshot-reasons';

/**
 * The messages the content script receives, validated on arrival. zod/mini, not zod: the
 * content script runs on every page of the sites, and full zod was 93 kB of it (issue 3).
 * What the background receives is validated there, with full zod (lib/messages.ts).
 */

export const CAPTURE_ERRORS = ['storage-full', 'storage-failed', 'invalid-message', 'unknown'] as const;
export type CaptureError = (typeof CAPTURE_ERRORS)[number];

export const CaptureResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    recordId: z.string(),
    screenshot: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('ok'),
        /** Set when the picture may not show the whole item (issue 18). */
        doubt: z.optional(z.object({ reasons: z.array(z.enum(SCREENSHOT_DOUBT_REASONS)), coveredPercent: z.optional(z.number()), detail: z.optional(z.string()) })),
      }),
      z.object({ status: z.literal('missing'), reason: z.enum(SCREENSHOT_MISSING_REASONS), detail: z.optional(z.string()) }),
    ]),
  }),
  z.object({ ok: z.literal(false), error: z.enum(CAPTURE_ERRORS), detail: z.optional(z.string()) }),
]);
export type CaptureResponse = z.infer<typeof CaptureResponseSchema>;

/** Background → overlay, right before the screenshot: bring the item into view, say where it is. */
export const PrepareShotSchema = z.object({ type: z.literal('prepare-shot'), recordId: z.uuid() });
/** Background → overlay, after the screenshot: show our toolbars again. */
export const ShotDoneSchema = z.object({ type: z.literal('shot-done'), recordId: z.uuid() });
export const OverlayMessageSchema = z.discriminatedUnion('type', [PrepareShotSchema, ShotDoneSchema]);
export type OverlayMessage = z.infer<typeof OverlayMessageSchema>;

/** Background → overlay: the keyboard command was pressed on this tab. */
export const CommandMessageSchema = z.object({ type: z.literal('command-capture') });

/** Overlay → background: inject the guide panel's script into this frame (loaded on first use). */
export const LoadPanelRequestSchema = z.object({ type: z.literal('load-guide-panel') });
export const LoadPanelResponseSchema = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), detail: z.string() })]);
export type LoadPanelResponse = z.infer<typeof LoadPanelResponseSchema>;
