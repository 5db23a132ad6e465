import { z } from 'zod';

/**
 * Messages of the full-page screenshot (issue 6), validated with zod on arrival like every
 * other message (lib/messages.ts). The UI (side panel, queue tools) names the tab; the
 * background answers when the capture has ended, and reports progress in between.
 */
export const PAGE_CAPTURE_ERRORS = ['no-permission', 'tab-closed', 'tab-not-visible', 'page-changed', 'not-capturable', 'cancelled', 'busy', 'capture-failed', 'storage-full', 'storage-failed', 'invalid-message'] as const;
export type PageCaptureError = (typeof PAGE_CAPTURE_ERRORS)[number];

export const PageCaptureStartSchema = z.object({
  type: z.literal('page-capture-start'),
  /** Made by the UI; becomes the record's id, and names the job for progress and cancel. */
  jobId: z.uuid(),
  tabId: z.number().int().nonnegative(),
});
export type PageCaptureStart = z.infer<typeof PageCaptureStartSchema>;

export const PageCaptureCancelSchema = z.object({ type: z.literal('page-capture-cancel'), jobId: z.uuid() });

export const PAGE_CAPTURE_PHASES = ['preparing', 'capturing', 'stitching', 'saving'] as const;
export const PageCaptureProgressSchema = z.object({
  type: z.literal('page-capture-progress'),
  jobId: z.uuid(),
  phase: z.enum(PAGE_CAPTURE_PHASES),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type PageCaptureProgress = z.infer<typeof PageCaptureProgressSchema>;

export const PageCaptureResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), recordId: z.uuid(), width: z.number(), height: z.number(), slices: z.number(), truncated: z.boolean(), ms: z.number(), mhtml: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.enum(PAGE_CAPTURE_ERRORS), detail: z.string().optional() }),
]);
export type PageCaptureResponse = z.infer<typeof PageCaptureResponseSchema>;

/** Ends a capture with a reason the UI words through i18n (`channels.capture.error.*`). */
export class PageCaptureFailure extends Error {
  constructor(
    readonly code: PageCaptureError,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'PageCaptureFailure';
  }
}
