import type { shootSv } from './shoot.sv';

/** "Take screenshot now" for a record stored without a screenshot (issue 18 point 2), English. */
export const shootEn: Record<keyof typeof shootSv, string> = {
  'shoot.button': 'Take screenshot now',
  'shoot.help': 'The screenshot is missing. A new screenshot is saved as a new version of the record; the record as it is stays unchanged.',
  'shoot.noTab': 'Open the page with the record in a tab, and the screenshot can be taken.',
  'shoot.busy': 'Taking the screenshot in the page’s tab…',
  'shoot.done': 'The screenshot is taken and saved as a new version of the record.',
  'shoot.doneNoShot': 'A new version was saved, but the screenshot could not be taken this time either.',
  'shoot.showNew': 'Show the new version',
  'shoot.error.not-found': 'The record no longer exists.',
  'shoot.error.no-tab': 'The page with the record is not open in any tab.',
  'shoot.error.no-permission': 'Kommentarsvakt may not take screenshots on the page yet. Click Kommentarsvakt’s icon in the page’s tab, or allow screenshots in the settings, and try again.',
  'shoot.error.item-not-found': 'The record is not shown on the page right now. Scroll to it on the page and try again.',
  'shoot.error.failed': 'The screenshot could not be taken ({detail}).',
} as const;
