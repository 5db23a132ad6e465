import type { journalSv } from './journal.sv';

export const journalEn: Record<keyof typeof journalSv, string> = {
  'journal.restored.heading': 'Restored from the journal',
  'journal.restored.text': "The browser's storage was gone or empty. Kommentarsvakt read back {records} records with {screenshots} screenshots and {audit} events from its journal by itself ({when}). No backup was needed.",
  'journal.restored.lost': 'The browser had deleted the storage ({expected} records were saved).',
  'journal.restored.incomplete': '{count} of the records lack a file in the journal or have a file that does not match its checksum; they are shown as incomplete.',
  'journal.restored.problems': '{count} files in the journal could not be used (damaged, unknown or from a newer version) and were not read.',
  'journal.restored.acknowledge': 'I have read this',
  'journal.restored.popup': 'Restored from the journal: {records} records. Open the queue to read more.',
};
