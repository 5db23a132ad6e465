import type { shotsSv } from './shots.sv';

/** A screenshot that may not show the whole item (issue 18), English: the same keys as ./shots.sv.ts. */
export const shotsEn: Record<keyof typeof shotsSv, string> = {
  'screenshotDoubt.mark': 'The screenshot may be obscured',
  'screenshotDoubt.header': 'a fixed bar at the top of the page lay over the item and could not be moved aside',
  'screenshotDoubt.composer': 'a fixed writing box on the page lay over the item',
  'screenshotDoubt.dialog': 'a dialog on the page lay over the item',
  'screenshotDoubt.overlay': 'something else on the page lay over the item',
  'screenshotDoubt.cut-off': 'the item was larger than the window, so the picture shows only the part that was in view',
  'screenshotDoubt.moved': 'the item moved while the picture was taken, so the picture may show something else',
  'screenshotDoubt.page-changed': 'the page changed while the picture was taken',
  'screenshotDoubt.tab-changed': 'another tab was shown while the picture was taken',
  'screenshotDoubt.unchecked': 'the page did not answer after the picture was taken, so what it shows could not be checked',
  'screenshotDoubt.covered': 'about {percent} % of the item’s area was covered',
  'screenshotDoubt.by': 'covered by: {detail}',
  'overlay.savedDoubt': 'Saved. {mark}: {reasons}.',
};
