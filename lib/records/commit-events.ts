import type { DisposalEntry } from './disposal-log';
import type { AuditEntry, CaptureRecord } from './schema';

/**
 * What the store just committed, for the copies kept outside IndexedDB (issue 25: the OPFS
 * journal, the records folder). The repository calls `announceCommitted` after each write
 * transaction has committed, and awaits it: a capture answers "Sparad" only once every copy
 * that subscribed has been written (or has failed and said so itself).
 *
 *   created   a record entered the store (a capture, a page screenshot, a restore from a
 *             backup): the record, its files and its audit entries so far
 *   changed   a record's handling changed: the record as it is now, and the one new audit entry
 *   disposed  records were disposed of (gallring): the disposal-log lines; the copies must drop
 *             the record, its files and its trail, and keep the line
 */
export type CommitEvent =
  | { kind: 'created'; record: CaptureRecord; screenshot?: Blob; pageArchive?: Blob; audit: AuditEntry[] }
  | { kind: 'changed'; record: CaptureRecord; audit: AuditEntry }
  | { kind: 'disposed'; entries: DisposalEntry[] };

export type CommitListener = (events: readonly CommitEvent[]) => Promise<void> | void;

const listeners = new Set<CommitListener>();

/** Adds a copy to keep up to date; returns the function that removes it again. */
export function onCommitted(listener: CommitListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Tells every listener, in parallel, and waits for all of them. Never throws: the store has
 * committed, so the write stands; a listener that fails keeps its own record of being behind.
 */
export async function announceCommitted(events: readonly CommitEvent[]): Promise<void> {
  if (events.length === 0 || listeners.size === 0) return;
  await Promise.allSettled([...listeners].map(async (listener) => listener(events)));
}
