import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackup } from '../../lib/backup/read';
import { launch } from '../support/browser.mjs';
import { seedNumbered } from '../support/seed';

// Issue 25, point 3: the backup file saved by itself into the downloads folder on a schedule.
// Chromium's service worker has no blob URLs: the offscreen page makes the file, the worker
// saves it with the downloads API, and only a complete file counts as the last backup. The
// alarm is fired early here (the schedule's own times are unit-tested in test/lib/backup).

const COUNT = 4;
type Chrome = {
  alarms: { create(name: string, info: object): Promise<void> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  downloads: { search(q: object): Promise<{ filename: string; state: string; url: string }[]> };
};

describe('scheduled backup (Chromium, no records folder)', () => {
  let b: Awaited<ReturnType<typeof launch>> | undefined;
  afterAll(async () => {
    await b?.close().catch(() => undefined);
  });

  it('the alarm saves a complete backup file to downloads; the popup shows its date, and reminds when it is too old', async () => {
    b = await launch();
    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    const records = await seedNumbered(queue, COUNT, 40, 20);

    // Never backed up, records older than a week: the popup reminds.
    const popup = await b.context.newPage();
    await popup.goto(b.extensionUrl('popup.html'));
    await popup.getByRole('alert').filter({ hasText: 'Gör en säkerhetskopia' }).waitFor();
    expect(await popup.getByText('Ingen säkerhetskopia är gjord ännu.').count()).toBe(1);

    const worker = await b.serviceWorker();
    await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create('kv-scheduled-backup', { when: Date.now() + 50 }));
    const last = await (async () => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const got = await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('lastBackup'));
        if (got.lastBackup) return got.lastBackup as { at: string; records: number; fileName: string; automatic: boolean };
        if (Date.now() > deadline) throw new Error('no backup within 60 s');
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    expect(last).toMatchObject({ records: COUNT, automatic: true });
    expect(last.fileName).toMatch(/^kommentarsvakt-sakerhetskopia-.*\.zip$/);
    // The browser under test may store downloads under its own names: the one download there is is ours.
    const items = await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.downloads.search({}));
    expect(items.map((i) => [i.state, i.url.startsWith('blob:chrome-extension://')])).toEqual([['complete', true]]);
    const item = items[0];
    // The file itself: the same backup the queue's restore reads, every record and screenshot, digests checked.
    const read = await readBackup(new Uint8Array(readFileSync(item!.filename)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.records.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(read.screenshots.size).toBe(COUNT);

    // The popup shows the date, and no reminder.
    await popup.reload();
    await popup.locator(`[data-last-backup="${last.at}"]`).waitFor();
    expect(await popup.locator(`[data-last-backup="${last.at}"]`).textContent()).toMatch(/^Senaste säkerhetskopia: .+ \(4 poster\)\.$/);
    expect(await popup.getByRole('alert').count()).toBe(0);

    // Ten days later (the last backup moved back), with the weekly default: reminded.
    const old = new Date(Date.now() - 10 * 86_400_000).toISOString();
    await worker.evaluate((at) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ lastBackup: { at, records: 4, fileName: 'x.zip', automatic: true } }), old);
    await popup.getByRole('alert').filter({ hasText: 'Dags för en säkerhetskopia: den senaste är äldre än 7 dagar.' }).waitFor();
  }, 120_000);
});
