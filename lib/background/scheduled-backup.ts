import { browser } from 'wxt/browser';
import { BACKUP_ALARM, nextBackupAt } from '../backup/schedule';
import { getBackupSchedule, getLastBackup, lastBackupItem, noteBackupWritten, scheduleItem } from '../backup/schedule-store';
import { writeBackup } from '../backup/write';
import type { RequestOf, ResponseOf } from '../protocol';
import { getDb } from '../records/db';
import { folderKeepsCopy } from '../records-folder/folder-state';

/**
 * Issue 25, point 3: the backup file, made by itself on a schedule (weekly by default) into
 * the downloads folder. Firefox's background page makes and saves it here; Chromium's service
 * worker has no blob URLs, so an offscreen page makes it and hands back its URL
 * ('scheduled-backup-file'). The last backup's date counts only once the file is complete.
 */

const DAY_MS = 86_400_000;
const OFFSCREEN_PATH = '/backup-offscreen.html';

type Offscreen = {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
};
const offscreen = (): Offscreen | undefined => (globalThis as unknown as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen;

/** The oldest capture in the store (the index on capturedAt), if any. */
async function oldestCapture(): Promise<string | undefined> {
  return (await getDb().records.orderBy('capturedAt').first())?.capturedAt;
}

/**
 * Sets the alarm for the next backup; with nothing to save yet, looks again in a day (a
 * capture does not wake the schedule: the first backup may come up to a day late).
 */
async function arm(now: Date, notBefore?: Date): Promise<void> {
  await browser.alarms.clear(BACKUP_ALARM);
  const schedule = await getBackupSchedule();
  if (schedule.everyDays === 0) return;
  const due = nextBackupAt(await getLastBackup(), schedule, await oldestCapture(), now) ?? new Date(now.getTime() + DAY_MS);
  const when = Math.max(due.getTime(), notBefore?.getTime() ?? 0, now.getTime() + 60_000);
  await browser.alarms.create(BACKUP_ALARM, { when });
}

/** Saves a finished file by URL into the downloads folder; resolves when it is complete. */
async function download(url: string, fileName: string): Promise<boolean> {
  const id = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      browser.downloads.onChanged.removeListener(onChanged);
      resolve(ok);
    };
    const onChanged = (delta: { id: number; state?: { current?: string } }) => {
      if (delta.id !== id || !delta.state?.current) return;
      if (delta.state.current === 'complete') done(true);
      else if (delta.state.current === 'interrupted') done(false);
    };
    browser.downloads.onChanged.addListener(onChanged);
    // Small files may finish before the listener is in place.
    void browser.downloads.search({ id }).then(([item]) => {
      if (item?.state === 'complete') done(true);
      else if (item?.state === 'interrupted') done(false);
    });
  });
}

/** Makes the scheduled backup now, if there is anything to save. */
export async function runScheduledBackup(now: Date): Promise<void> {
  const db = getDb();
  // Woken early (a changed setting moves the alarm, not always later): only when really due.
  const due = nextBackupAt(await getLastBackup(), await getBackupSchedule(), await oldestCapture(), now);
  if (!due || due.getTime() > now.getTime()) return arm(now);
  // A records folder that is up to date is the off-browser copy; one behind is not, so then the file is made.
  if (await folderKeepsCopy().catch(() => undefined)) return arm(now);
  const chrome = offscreen();
  if (typeof URL.createObjectURL === 'function' || !chrome) {
    const out = await writeBackup(db, now);
    const url = URL.createObjectURL(new Blob(out.chunks as BlobPart[], { type: 'application/zip' }));
    try {
      if (await download(url, out.fileName)) await noteBackupWritten({ at: now.toISOString(), records: out.records, fileName: out.fileName, automatic: true });
    } finally {
      URL.revokeObjectURL(url);
    }
    return arm(new Date());
  }
  // Chromium: the offscreen page makes the file and sends 'scheduled-backup-file' (below).
  if (await chrome.hasDocument?.()) return;
  await chrome.createDocument({ url: OFFSCREEN_PATH, reasons: ['BLOBS'], justification: 'Scheduled backup file of the records, saved to the downloads folder.' });
}

/** The offscreen page's file: saved, noted, the page closed (which frees the blob). */
export async function handleBackupFile(request: RequestOf<'scheduled-backup-file'>): Promise<ResponseOf<'scheduled-backup-file'>> {
  try {
    const ok = await download(request.url, request.fileName);
    if (ok) await noteBackupWritten({ at: request.at, records: request.records, fileName: request.fileName, automatic: true });
    return { ok };
  } finally {
    await offscreen()?.closeDocument().catch(() => undefined);
    await arm(new Date()).catch(() => undefined);
  }
}

/** Call once at the top level of the background: the listener first (an alarm wakes the worker), then the alarm. */
export function installScheduledBackup(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BACKUP_ALARM) void runScheduledBackup(new Date()).catch(() => arm(new Date(), new Date(Date.now() + DAY_MS / 24)).catch(() => undefined));
  });
  // A changed setting, or a backup made by hand in the queue, moves the next one.
  scheduleItem.watch(() => void arm(new Date()).catch(() => undefined));
  lastBackupItem.watch(() => void arm(new Date()).catch(() => undefined));
  void browser.alarms.get(BACKUP_ALARM).then((existing) => {
    if (!existing) void arm(new Date()).catch(() => undefined);
  });
}
