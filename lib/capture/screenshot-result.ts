import type { ScreenshotMeta } from '../records/schema';

/** What the screenshot step produced: an image, or the reason there is none. */
export type ScreenshotResult =
  | { status: 'ok'; blob: Blob; width: number; height: number }
  | Extract<ScreenshotMeta, { status: 'missing' }>;
