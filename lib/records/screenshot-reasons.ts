/**
 * Why a record has no screenshot. Its own module: the content script needs it without the record schema.
 * 'removed-before-shot' (issue 24): the site's own Delete or Hide was chosen before the picture was taken.
 */
export const SCREENSHOT_MISSING_REASONS = ['no-permission', 'tab-not-visible', 'capture-failed', 'not-requested', 'removed-before-shot'] as const;
export type ScreenshotMissingReason = (typeof SCREENSHOT_MISSING_REASONS)[number];

/**
 * Why a screenshot that was taken may not show the whole item ("skärmbilden kan vara skymd"),
 * as codes the UI and the exports turn into words (i18n `screenshotDoubt.*`):
 * - header: a fixed or sticky bar of the site lay over the item and could not be cleared;
 * - composer: a fixed or sticky writing box lay over it;
 * - dialog: a dialog of the site lay over it;
 * - overlay: some other element of the page lay over it;
 * - cut-off: the item was larger than the window: the picture shows the part that was in view;
 * - moved: the item moved while the picture was taken: the crop may show something else;
 * - page-changed: the page navigated while the picture was taken;
 * - tab-changed: another tab was in front while the picture was taken;
 * - unchecked: the page did not answer after the shot, so the picture could not be checked.
 */
export const SCREENSHOT_DOUBT_REASONS = ['header', 'composer', 'dialog', 'overlay', 'cut-off', 'moved', 'page-changed', 'tab-changed', 'unchecked'] as const;
export type ScreenshotDoubtReason = (typeof SCREENSHOT_DOUBT_REASONS)[number];
