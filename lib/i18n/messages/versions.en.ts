import type { versionsSv } from './versions.sv';

/** Versions of an item captured more than once (issue 18 point 3), English. */
export const versionsEn: Record<keyof typeof versionsSv, string> = {
  'versions.already.one': 'Already captured once, {when}.',
  'versions.already': 'Already captured {count} times, last {when}.',
  'error.already-captured': 'it is already in the queue.',
  'versions.saveNew': 'Save new version',
  'versions.saveNewLabel': 'Save a new version of the {kind} by {author}',
  'versions.open': 'Open the record',
  'versions.openFailed': 'The record could not be opened. Open the queue and search for the author.',
  'versions.savedChanged': 'Saved as version {number}. Changed since the previous version: {changes}.',
  'versions.savedUnchanged': 'Saved as version {number}. Nothing in the text has changed since the previous version.',
  'versions.change.text': 'the text',
  'versions.change.author': 'the author',
  'versions.change.published': 'the publication time',
  'versions.change.parent': 'what it replied to',
  'versions.change.link': 'the link',
  'versions.label': 'Version {number} of {total}',
  'versions.heading': 'Versions',
  'versions.first': 'first capture',
  'versions.current': '(this one)',
  'versions.changedSince': 'changed: {changes}',
  'versions.unchanged': 'nothing changed',
  'versions.show': 'Show version {number}, captured {when}',
  'versions.item': 'Version {number}, captured {when}',
  'versions.field': 'Version',
} as const;
