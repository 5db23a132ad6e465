import type { journalSv } from './journal.sv';

export const journalEn: Record<keyof typeof journalSv, string> = {
  'journal.restored.heading': 'Restored from the journal',
  'journal.restored.text': "The browser's storage was gone or empty. Kommentarsvakt read back {records} records with {screenshots} screenshots and {audit} events from its journal by itself ({when}). No backup was needed.",
  'journal.restored.lost': 'The browser had deleted the storage ({expected} records were saved).',
  'journal.restored.incomplete': '{count} of the records lack a file in the journal or have a file that does not match its checksum; they are shown as incomplete.',
  'journal.restored.problems': '{count} files in the journal could not be used (damaged, unknown or from a newer version) and were not read.',
  'journal.restored.acknowledge': 'I have read this',
  'journal.restored.popup': 'Restored from the journal: {records} records. Open the queue to read more.',
  'journal.backup.folderKeeps': 'Records are written to the folder “{folder}”; no backup file is needed while the folder is up to date.',
  'journal.backup.last': 'Last backup: {when} ({records} records).',
  'journal.backup.never': 'No backup has been made yet.',
  'journal.backup.overdue': 'Time for a backup: the last one is older than {days} days. Make one under Queue → Tools → Backup.',
  'journal.backup.overdueNever': 'Make a backup: the queue has records but there is no copy. Queue → Tools → Backup.',
  'journal.backup.heading': 'Automatic backup',
  'journal.backup.explain': 'Kommentarsvakt saves a backup by itself (the same file as under Tools) in the downloads folder. The popup reminds you when the last one is older than this.',
  'journal.backup.every': 'Back up automatically',
  'journal.backup.off': 'Never (only a reminder after 7 days)',
  'journal.backup.days': 'Every {days} days',
  'journal.backup.daily': 'Every day',
  'journal.backup.weekly': 'Every week',
  'journal.backup.saved': 'Saved.',
};
