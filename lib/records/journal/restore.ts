import { z } from 'zod';
import type { RecordsDb } from '../db';
import { browserStorage, rebuildEnded, type GuardStorage, type StoreLoss } from '../store-guard';
import { checkedThroughKey } from './catch-up';
import type { JournalContents, JournalProblem } from './read';
import { readJournal } from './read';

/** What a rebuild from the journal put back, kept in storage.local until the user has read it. */
export interface JournalRestore {
  at: string;
  /** Records put back, and how many of them lack a file or their first trail entry. */
  records: number;
  incomplete: string[];
  auditEntries: number;
  screenshots: number;
  disposals: number;
  /** Journal files that were not used (damaged, not ours, newer), by kind of problem. */
  problems: Partial<Record<JournalProblem['problem'], number>>;
  /** The store's loss the rebuild answered, if the guard had found one. */
  loss?: { expected: number; dataLoss?: string };
}

export const restoreKey = (dbName: string) => `kv.journal.restored:${dbName}`;

const count = z.number().int().min(0);
/** The report as read back from storage.local (which anything in the extension may have written). */
export const JournalRestoreSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  records: count,
  incomplete: z.array(z.string().max(100)).max(100_000),
  auditEntries: count,
  screenshots: count,
  disposals: count,
  problems: z.partialRecord(z.enum(['unreadable', 'not-ours', 'newer', 'digest', 'record']), count),
  loss: z.object({ expected: count, dataLoss: z.string().max(200).optional() }).optional(),
});

export function parseRestore(value: unknown): JournalRestore | undefined {
  const parsed = JournalRestoreSchema.safeParse(value);
  return parsed.success ? (parsed.data as JournalRestore) : undefined;
}

const BATCH = 25;

/**
 * Puts the journal's records back into the store: only records the store does not hold (it
 * may have been rebuilt by another page meanwhile), with their screenshots, page copies and
 * trails; and the disposal-log lines it lacks. In small transactions, each all or nothing.
 */
export async function restoreFromJournal(db: RecordsDb, contents: JournalContents, now: Date): Promise<JournalRestore> {
  const report: JournalRestore = { at: now.toISOString(), records: 0, incomplete: [], auditEntries: 0, screenshots: 0, disposals: 0, problems: {} };
  for (const p of contents.problems) report.problems[p.problem] = (report.problems[p.problem] ?? 0) + 1;
  // Oldest capture first, so the restored trail numbers follow the order of capture.
  const records = [...contents.records].sort((a, b) => (a.record.capturedAt < b.record.capturedAt ? -1 : a.record.capturedAt > b.record.capturedAt ? 1 : 0));
  for (let i = 0; i < records.length; i += BATCH) {
    await db.transaction('rw', [db.records, db.screenshots, db.pageArchives, db.audit], async () => {
      for (const item of records.slice(i, i + BATCH)) {
        if (await db.records.get(item.record.id)) continue;
        await db.records.add(item.record);
        if (item.screenshot) await db.screenshots.put({ recordId: item.record.id, blob: item.screenshot });
        if (item.pageArchive) await db.pageArchives.put({ recordId: item.record.id, blob: item.pageArchive });
        if (item.audit.length > 0) await db.audit.bulkAdd(item.audit.map((a) => ({ ...a })));
        report.records++;
        report.auditEntries += item.audit.length;
        if (item.screenshot) report.screenshots++;
        if (item.incomplete.length > 0) report.incomplete.push(item.record.id);
      }
    });
  }
  await db.transaction('rw', db.disposals, async () => {
    const logged = new Set((await db.disposals.toArray()).map((d) => `${d.recordId}|${d.at}`));
    const missing = contents.disposals.filter((d) => !logged.has(`${d.recordId}|${d.at}`)).sort((a, b) => (a.at < b.at ? -1 : 1));
    if (missing.length > 0) await db.disposals.bulkAdd(missing.map((d) => ({ ...d })));
    report.disposals = missing.length;
  });
  return report;
}

/**
 * At open, after the store guard's check: when the store was found lost, or is empty while
 * the journal is not, rebuild it from the journal. One page or worker at a time (a Web Lock),
 * and each looks again under the lock. The user is told what came back; a loss the rebuild
 * fully answered is no longer shown as a loss. Never throws: at worst the store opens as it was.
 */
export async function restoreOnOpen(
  db: RecordsDb,
  loss: StoreLoss | null,
  root: () => Promise<FileSystemDirectoryHandle | undefined>,
  opts: { storage?: GuardStorage; clock?: () => Date; locks?: LockManager } = {},
): Promise<JournalRestore | undefined> {
  const storage = opts.storage ?? browserStorage;
  const clock = opts.clock ?? (() => new Date());
  const locks = opts.locks ?? globalThis.navigator?.locks;
  const run = async (): Promise<JournalRestore | undefined> => {
    let answered = false;
    try {
      if (!loss && (await db.records.count()) > 0) return undefined;
      // A store lost or empty numbers its audit entries anew: the catch-up's mark means nothing now.
      await storage.remove(checkedThroughKey(db.name));
      const dir = await root();
      if (!dir) return undefined;
      const contents = await readJournal(dir);
      if (contents.records.length === 0) return undefined;
      const report = await restoreFromJournal(db, contents, clock());
      if (report.records === 0) return undefined;
      answered = true;
      const pending = await rebuildEnded(db.name, storage, await db.records.count());
      if (pending) report.loss = { expected: pending.expected, ...(pending.dataLoss ? { dataLoss: pending.dataLoss } : {}) };
      await storage.set(restoreKey(db.name), report);
      return report;
    } finally {
      // However an attempt this open marked as rebuilding ended (nothing to rebuild from, a
      // failure), a loss it did not answer is shown as one.
      if (!answered && loss?.rebuilding) await rebuildEnded(db.name, storage);
    }
  };
  try {
    return locks ? await locks.request(`kv-journal-restore:${db.name}`, run) : await run();
  } catch {
    return undefined;
  }
}
