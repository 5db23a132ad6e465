import type { removalSv } from './removal.sv';

/** Capture on removal (issue 24), English: the same keys as ./removal.sv.ts. */
export const removalEn: Record<keyof typeof removalSv, string> = {
  'removal.action.deleted': 'deleted',
  'removal.action.hidden': 'hidden',
  'removal.captured': 'captured on removal',
  'removal.field': 'Captured on removal',
  'removal.saved': 'Saved before it was removed ({action}, captured on removal).',
  'removal.savedNoShot': 'Saved ({action}, captured on removal), without a screenshot: removed before the picture could be taken.',
  'removal.notSaved': 'The comment was NOT saved before it was removed: {why}. Capture it by hand next time, before removing it.',
  'removal.why.unreadable': 'it could not be read',
  'removal.why.failed': 'storing it failed ({detail})',
  'removal.untied': 'Kommentarsvakt could not tie this menu to a comment: nothing is captured automatically here. Capture by hand before removing.',
  'removal.setting': 'Capture automatically on removal',
  'removal.settingHelp': "When you choose the site's own Delete, Remove or Hide in a comment's menu, the comment is saved first, with a screenshot.",
  'removal.count': 'Captured automatically on removal: {count}',
  'removal.reasonPrompt': 'The comment was removed ({action}). Give the reasons under §3:',
  'removal.reasonSave': 'Save reasons',
  'removal.noSource': 'No public source shows the menu here: capture by hand before removing.',
};
