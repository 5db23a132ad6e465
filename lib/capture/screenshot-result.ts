import type { ScreenshotDoubt, ScreenshotMeta } from '../records/schema';

/** What the screenshot step produced: an image (marked when it may not show the whole item), or the reason there is none. */
export type ScreenshotResult =
  | { status: 'ok'; blob: Blob; width: number; height: number; doubt?: ScreenshotDoubt }
  | Extract<ScreenshotMeta, { status: 'missing' }>;
