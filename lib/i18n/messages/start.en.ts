import type { startSv } from './start.sv';

/** "Getting started" on the options page after install (issue 18, point 2), English. */
export const startEn: Record<keyof typeof startSv, string> = {
  'start.heading': 'Getting started',
  'start.intro': 'Three things make Kommentarsvakt ready for use. Each step is done in its own part of the page below, and can be skipped now and done later.',
  'start.state.done': 'Done',
  'start.state.skipped': 'Skipped',
  'start.state.todo': 'To do',
  'start.profile.title': '1. Your profile',
  'start.profile.why': 'Name, title and unit sign your replies (guidelines §3.2) and show who captured a record.',
  'start.profile.go': 'Go to the profile',
  'start.profile.skip': 'Skip the profile',
  'start.screenshots.title': '2. Screenshots',
  'start.screenshots.why': 'Each capture should show how the comment looked to the public. Without the permission, captures are stored without a screenshot unless you first click the extension’s icon in each tab.',
  'start.screenshots.go': 'Go to screenshots',
  'start.screenshots.skip': 'Skip screenshots',
  'start.registrar.title': '3. The registrar’s address',
  'start.registrar.why': 'Exports and records to be registered are sent to the registrar’s e-mail address.',
  'start.registrar.go': 'Go to the registrar',
  'start.registrar.skip': 'Skip the registrar',
  'start.later': 'All of this stays under Settings and can be changed at any time.',
  'start.finish': 'Done – close Getting started',
  'start.close': 'Close Getting started',
  'start.show': 'Show Getting started',
};
