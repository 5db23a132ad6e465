import type { triagePageSv } from './triage-page.sv';

/** Triage's side panel (issue 20), English: the same keys as ./triage-page.sv.ts. */
export const triagePageEn: Record<keyof typeof triagePageSv, string> = {
  'triage.page.heading': 'On this page',
  'triage.page.none': 'No comment read in this tab yet. Open a post or a video on Facebook, Instagram or YouTube.',
  'triage.page.unavailable': 'The assessment is not available on this page. The buttons beside the comments still work, and captures are saved as usual.',
  'triage.page.counts': 'Count by state',
  'triage.page.filter': 'Show',
  'triage.page.filter.action': 'Needing action',
  'triage.page.filter.remove': 'To remove',
  'triage.page.filter.answer': 'To answer',
  'triage.page.filter.overdue': 'Overdue',
  'triage.page.filter.answered': 'Answered',
  'triage.page.filter.all': 'All',
  'triage.page.list': 'Comments that need something, most urgent first',
  'triage.page.empty': 'Nothing in this selection.',
  'triage.page.noAuthor': 'unknown',
  'triage.page.noText': '(no text read)',
  'triage.page.due': 'By {when}',
  'triage.page.noDue': 'time unknown',
  'triage.page.nothing': 'Nothing to do',
  'triage.page.focusFailed': 'The comment is no longer on the page.',
};
