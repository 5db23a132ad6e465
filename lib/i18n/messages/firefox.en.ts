import type { firefoxSv } from './firefox.sv';

export const firefoxEn: Record<keyof typeof firefoxSv, string> = {
  'firefox.sidebarNote': 'Firefox has no side panel like Chrome. The same queue is shown in the Firefox sidebar.',
  'firefox.openSidebar': 'Open the queue in the sidebar',
  'firefox.noMhtml': ' No copy of the page (MHTML): Firefox cannot save one, so the full-page screenshot is what is saved.',
  'firefox.captureNote': 'In Firefox only the full-page screenshot is saved, no copy of the page (MHTML), which Firefox cannot make.',
  'firefox.exportsNote': 'Firefox does not let extensions choose a folder: exported files go to the Firefox downloads folder.',
};
