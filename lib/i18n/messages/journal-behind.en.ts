import type { journalBehindSv } from './journal-behind.sv';

export const journalBehindEn: Record<keyof typeof journalBehindSv, string> = {
  'journal.behind.heading': 'The backup copy is behind',
  'journal.behind.text': 'The records are saved in the browser, but since {when} Kommentarsvakt has not been able to write them to its backup copy (the journal): {reason}.',
  'journal.behind.textUnknown': 'The records are saved in the browser, but the backup copy (the journal) may be behind: {reason}.',
  'journal.behind.failures': '{count} writes have failed.',
  'journal.behind.failures.one': '1 write has failed.',
  'journal.behind.meaning': 'Nothing is lost. But until the journal has caught up, the latest records cannot be restored by themselves if the browser were to lose its storage.',
  'journal.behind.todo.full': 'Free up space on the disk. The journal catches up by itself at the next capture, or at once when you press “Catch up now”.',
  'journal.behind.todo': 'The journal catches up by itself at the next capture or when the browser restarts, or at once when you press “Catch up now”.',
  'journal.behind.backup': 'Consider making a backup meanwhile:',
  'journal.behind.toTools': 'Tools → Backup',
  'journal.behind.retry': 'Catch up now',
  'journal.behind.retrying': 'Catching up …',
  'journal.behind.retryFailed': 'That did not work either.',
  'journal.behind.reason.full': 'the disk is full',
  'journal.behind.reason.unavailable': "the browser does not give access to the journal's storage",
  'journal.behind.reason.failed': 'the write failed',
  'journal.behind.reason.unknown': 'the reason could not be read',
  'journal.behind.popup': 'The backup copy (the journal) is behind: {reason}. The records are saved in the browser. Open the queue to read more.',
};
