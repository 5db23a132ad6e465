import type { CommitListener } from '../commit-events';
import type { RecordsDb } from '../db';
import type { GuardStorage } from '../store-guard';
import { catchUpJournal, type Marks } from './catch-up';
import { clearJournalState, journalStateKey, noteJournalFailure } from './state';
import { coalesced } from '../../serial';
import { writeJournal } from './write';

export interface JournalKeeperOptions {
  /** The journal's folder; undefined where there is no file system (no journal kept), throws where it is refused. */
  root: () => Promise<FileSystemDirectoryHandle | undefined>;
  /** Where the behind state is kept (storage.local). */
  storage: GuardStorage;
  clock?: () => Date;
}

export interface JournalKeeper {
  /** Writes each commit into the journal; a failure is kept as the behind state, never thrown. */
  readonly listener: CommitListener;
  /**
   * Brings the journal up to date with the store and, when that went through, clears the
   * behind state. With `marks`, once per browser session unless the journal is behind; without,
   * now. Resolves true when the journal is whole afterwards. Never throws.
   */
  catchUp(marks?: Marks): Promise<boolean>;
}

/** Marks that never say "done": the catch-up runs now. */
const NOW: Marks = { get: async () => undefined, set: async () => undefined };

/**
 * Keeps the journal beside the store of one context (background or extension page). A write that
 * fails is noted (./state.ts); the next one that goes through starts a catch-up, which writes
 * every record the journal lacks and, when nothing failed, clears the note. Not awaited by the
 * write: a capture still answers "Sparad" as soon as the store and its own journal write are done.
 */
export function createJournalKeeper(db: RecordsDb, { root, storage, clock = () => new Date() }: JournalKeeperOptions): JournalKeeper {
  const key = journalStateKey(db.name);
  // The marks of the call that starts a catch-up; one run again after it catches up now.
  let first: Marks = NOW;

  async function once(marks: Marks): Promise<boolean> {
    const seen = await storage.get(key).catch(() => undefined);
    let opening = true;
    try {
      const dir = await root();
      opening = false;
      if (!dir) return true;
      await catchUpJournal(db, dir, seen === undefined ? marks : NOW, storage);
    } catch (error) {
      await noteJournalFailure(storage, db.name, error, opening, clock()).catch(() => undefined);
      return false;
    }
    if (seen !== undefined) await clearJournalState(storage, db.name, seen).catch(() => undefined);
    return true;
  }

  // One catch-up at a time; one asked for meanwhile runs once after it (it may hold a newer failure).
  const run = coalesced((again) => once(again ? NOW : first));
  function catchUp(marks: Marks = NOW): Promise<boolean> {
    first = marks;
    return run();
  }

  // The journal's folder, opened once: opening it is two round trips to the browser that each
  // capture waited for. Opened again after any failure (a folder removed meanwhile).
  let opened: Promise<FileSystemDirectoryHandle | undefined> | undefined;
  const openRoot = (): Promise<FileSystemDirectoryHandle | undefined> => (opened ??= root());

  const listener: CommitListener = async (events) => {
    // A failed write is tried once more through a folder opened anew: the kept one may be gone
    // (writes are append-only, so nothing is written twice).
    for (let attempt = 1; ; attempt++) {
      let opening = true;
      try {
        const dir = await openRoot();
        opening = false;
        if (!dir) return;
        await writeJournal(dir, events);
        break;
      } catch (error) {
        opened = undefined;
        if (attempt < 2 && !opening) continue;
        await noteJournalFailure(storage, db.name, error, opening, clock()).catch(() => undefined);
        return;
      }
    }
    // Not awaited either: the capture's answer does not wait for reading the state.
    void storage.get(key).then((state) => (state === undefined ? undefined : catchUp()), () => undefined);
  };

  return { listener, catchUp };
}
