/**
 * Versions of an item captured more than once (issue 18 point 3), Swedish: in the overlay's
 * status line (so the content script carries these, lib/i18n/toolbar.ts), the queue and the exports.
 */
export const versionsSv = {
  'versions.already.one': 'Redan fångad en gång, {when}.',
  'versions.already': 'Redan fångad {count} gånger, senast {when}.',
  'error.already-captured': 'den finns redan i kön.',
  'versions.saveNew': 'Spara ny version',
  'versions.saveNewLabel': 'Spara en ny version av {kind} av {author}',
  'versions.open': 'Öppna posten',
  'versions.openFailed': 'Posten kunde inte öppnas. Öppna kön och sök på författaren.',
  'versions.savedChanged': 'Sparad som version {number}. Ändrat sedan förra versionen: {changes}.',
  'versions.savedUnchanged': 'Sparad som version {number}. Inget i texten har ändrats sedan förra versionen.',
  'versions.change.text': 'texten',
  'versions.change.author': 'författaren',
  'versions.change.published': 'publiceringstiden',
  'versions.change.parent': 'det som besvarades',
  'versions.change.link': 'länken',
  'versions.label': 'Version {number} av {total}',
  'versions.heading': 'Versioner',
  'versions.first': 'första fångsten',
  'versions.current': '(den här)',
  'versions.changedSince': 'ändrat: {changes}',
  'versions.unchanged': 'inget ändrat',
  'versions.show': 'Visa version {number}, fångad {when}',
  'versions.item': 'Version {number}, fångad {when}',
  'versions.field': 'Version',
} as const;
