/**
 * Capture on removal (issue 24), Swedish: what the record says, the overlay's messages, the
 * setting and the popup's count. Carried by the content script too (lib/i18n/toolbar.ts), so short.
 */
export const removalSv = {
  'removal.action.deleted': 'raderad',
  'removal.action.hidden': 'dold',
  'removal.captured': 'fångad vid borttagning',
  'removal.field': 'Fångad vid borttagning',
  'removal.saved': 'Sparad innan den togs bort ({action}, fångad vid borttagning).',
  'removal.savedNoShot': 'Sparad ({action}, fångad vid borttagning), utan skärmbild: borttagen innan bilden hann tas.',
  'removal.notSaved': 'Kommentaren sparades INTE innan den togs bort: {why}. Fånga manuellt nästa gång, före borttagning.',
  'removal.why.unreadable': 'den gick inte att läsa',
  'removal.why.failed': 'lagringen misslyckades ({detail})',
  'removal.untied': 'Kommentarsvakt kunde inte koppla den här menyn till en kommentar: inget fångas automatiskt här. Fånga manuellt före borttagning.',
  'removal.setting': 'Fånga automatiskt vid borttagning',
  'removal.settingHelp': 'När du väljer webbplatsens egen Ta bort, Radera eller Dölj i en kommentars meny sparas kommentaren först, med skärmbild.',
  'removal.count': 'Fångade automatiskt vid borttagning: {count}',
  'removal.reasonPrompt': 'Kommentaren togs bort ({action}). Ange skäl enligt §3:',
  'removal.reasonSave': 'Spara skäl',
  'removal.noSource': 'Ingen offentlig källa visar menyn här: fånga manuellt före borttagning.',
} as const;
