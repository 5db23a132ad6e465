import { getJournalKeeper } from '../records/db';
import type { Marks } from '../records/journal/catch-up';

/**
 * Marks that last as long as the browser runs: storage.session, which the browser empties at
 * restart (a Chromium worker starts many times in one session). Where there is none, the
 * worker's memory: Firefox's background page starts once per browser session.
 */
function sessionMarks(): Marks {
  const session = browser.storage.session as typeof browser.storage.local | undefined;
  if (session) return { get: async (key) => (await session.get(key))[key], set: (key, value) => session.set({ [key]: value }) };
  const memory = new Map<string, unknown>();
  return { get: async (key) => memory.get(key), set: async (key, value) => void memory.set(key, value) };
}

/**
 * Issue 25: at the browser's start, the journal catches up with the store (catchUpJournal); at
 * every start of the worker while the journal is behind (a failed write), so it catches up
 * as soon as the disk has room again, and the user's notice goes.
 */
export function startJournalCatchUp(): void {
  void getJournalKeeper()?.catchUp(sessionMarks());
}
