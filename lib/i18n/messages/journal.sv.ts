/** Issue 25: the journal (OPFS) the store is rebuilt from, and the scheduled backup. */
export const journalSv = {
  'journal.restored.heading': 'Återskapat från journalen',
  'journal.restored.text': 'Webbläsarens lagring var borta eller tom. Kommentarsvakt har själv läst tillbaka {records} poster med {screenshots} skärmbilder och {audit} händelser från sin journal ({when}). Ingen säkerhetskopia behövdes.',
  'journal.restored.lost': 'Webbläsaren hade raderat lagringen ({expected} poster fanns sparade).',
  'journal.restored.incomplete': '{count} av posterna saknar en fil i journalen eller har en fil som inte stämmer med sin kontrollsumma; de visas som ofullständiga.',
  'journal.restored.problems': '{count} filer i journalen kunde inte användas (skadade, okända eller från en nyare version) och lästes inte in.',
  'journal.restored.acknowledge': 'Jag har läst detta',
  'journal.restored.popup': 'Återskapat från journalen: {records} poster. Öppna kön för att läsa mer.',
};
