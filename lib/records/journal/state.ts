import { z } from 'zod';
import { serialQueue } from '../../serial';
import type { GuardStorage } from '../store-guard';

/**
 * Whether the journal is behind the store. The store commits first and the journal is written
 * after (../commit-events.ts): a write that fails leaves the record safe in the store but not in
 * the journal, so a later store loss could not bring it back. That is kept here, outside
 * IndexedDB, until a catch-up has brought the journal up to date, and the queue and the popup
 * say so (components/queue/JournalBehindNotice.tsx).
 */
export const journalStateKey = (dbName: string) => `kv.journal.state:${dbName}`;

/**
 * Why, as the code the UI words (`journal.behind.reason.*`): the disk is full; the browser
 * refuses the origin's file system; any other failed write (a damaged journal folder);
 * 'unknown' is a stored state that did not read back (see parseJournalState).
 */
export const JOURNAL_BEHIND_REASONS = ['full', 'unavailable', 'failed'] as const;
export type JournalBehindReason = (typeof JOURNAL_BEHIND_REASONS)[number] | 'unknown';

export interface JournalBehind {
  reason: JournalBehindReason;
  /** The first failure since the journal was last whole (absent when unknown). */
  since?: string;
  /** The latest failure: a catch-up that began before it does not clear the state. */
  lastAt?: string;
  /** Failed writes since then. */
  failures: number;
  /** The browser's name for the last error, for support; never shown as the reason. */
  detail?: string;
}

const JournalBehindSchema = z.object({
  reason: z.enum(JOURNAL_BEHIND_REASONS),
  since: z.iso.datetime({ offset: true }),
  lastAt: z.iso.datetime({ offset: true }),
  failures: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  detail: z.string().max(100).optional(),
});

/**
 * The state as read back from storage.local (which anything in the extension may have
 * written). Absent: the journal is whole. Present but damaged: still behind, for a reason
 * that cannot be told; never a throw, and the next whole catch-up removes it.
 */
export function parseJournalState(value: unknown): JournalBehind | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = JournalBehindSchema.safeParse(value);
  return parsed.success ? parsed.data : { reason: 'unknown', failures: 0 };
}

/** The error of a journal write as a reason: `opening` is true when the file system itself was refused. */
export function journalFailureReason(error: unknown, opening: boolean): Exclude<JournalBehindReason, 'unknown'> {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return 'full';
  if (opening || name === 'SecurityError' || name === 'NotAllowedError') return 'unavailable';
  return 'failed';
}

// One change at a time in this context, so two failures at once count as two.
const serially = serialQueue();

/** A journal write failed: keeps since when (the first failure), the latest reason, and the count. */
export function noteJournalFailure(storage: GuardStorage, dbName: string, error: unknown, opening: boolean, now: Date): Promise<void> {
  return serially(async () => {
    const key = journalStateKey(dbName);
    const before = parseJournalState(await storage.get(key));
    const at = now.toISOString();
    const name = (error as { name?: unknown } | null)?.name;
    const state: JournalBehind = {
      reason: journalFailureReason(error, opening),
      since: before?.since ?? at,
      lastAt: at,
      failures: (before?.failures ?? 0) + 1,
      ...(typeof name === 'string' ? { detail: name.slice(0, 100) } : {}),
    };
    await storage.set(key, state);
  });
}

/**
 * The journal was brought up to date: the state goes, unless a write failed after `seen` was
 * read (the catch-up may have run before that write and not hold it).
 */
export function clearJournalState(storage: GuardStorage, dbName: string, seen: unknown): Promise<void> {
  return serially(async () => {
    const key = journalStateKey(dbName);
    const now = await storage.get(key);
    if (now === undefined) return;
    if (JSON.stringify(now) === JSON.stringify(seen)) await storage.remove(key);
  });
}
