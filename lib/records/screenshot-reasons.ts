/** Why a record has no screenshot. Its own module: the content script needs it without the record schema. */
export const SCREENSHOT_MISSING_REASONS = ['no-permission', 'tab-not-visible', 'capture-failed', 'not-requested'] as const;
export type ScreenshotMissingReason = (typeof SCREENSHOT_MISSING_REASONS)[number];
