import { cpSync, readFileSync, rmSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Download } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonExport } from '../../lib/export/json';
import type { CaptureRecord } from '../../lib/records/schema';
import { launch } from '../support/browser.mjs';
import { integrityProblems, type RawStore } from '../support/integrity';
import { mulberry32, seedFromEnv } from '../support/prng.mjs';
import { seedNumbered } from '../support/seed';
import { relaunch } from '../support/restart';
import { readGuard, readJournalRestore, readStore, tearLevelDbLog } from '../support/store.mjs';

// Issue 7, faults: the browser is killed hard (SIGKILL) at a random moment of an export, 20
// times, in one profile holding 40 records with screenshots. The dialog may say the export is
// done only when the whole file was handed to the browser's download; every file that finished
// downloading before the kill is complete and valid; the store stays intact.

const KILLS = Number(process.env.KV_KILLS ?? 20);
const COUNT = 40;
const SEED = seedFromEnv();
const random = mulberry32(SEED ^ 0x5eed);
// Format, its radio button, and the span the kill is drawn from (about how long it takes here).
const FORMATS = [
  ['pdf', 'PDF, en fil per post (zip)', 1500],
  ['csv', 'CSV för import i diariet', 300],
  ['json', 'JSON (förlustfri)', 300],
  ['eark', 'E-ARK-paket för e-arkivet (zip)', 1500],
] as const;
type Browser = Awaited<ReturnType<typeof launch>>;

function checkFile(format: string, bytes: Uint8Array): void {
  if (format === 'pdf') expect(Object.keys(unzipSync(bytes))).toHaveLength(COUNT);
  else if (format === 'eark') expect(Object.keys(unzipSync(bytes)).filter((f) => f.endsWith('.png'))).toHaveLength(COUNT);
  else if (format === 'json') expect(parseJsonExport(new TextDecoder().decode(bytes)).records).toHaveLength(COUNT);
  else expect(new TextDecoder().decode(bytes).split('\r\n').filter(Boolean)).toHaveLength(COUNT + 1);
}

// The one loss that is not ours: a SIGKILL between the fragments of a LevelDB log record (one
// that straddles a 32 KiB block) leaves a partial record at the end of the log; the next start
// reads the store whole but appends after it, and the start after that Chromium finds "partial
// record", deletes the whole store and hands back an empty one, reporting `dataLoss: 'total'`
// (test/e2e/store-loss.e2e.ts makes this happen on purpose). Met in CI (seeds 127061766,
// 1347050556; KV_TEAR_AFTER_KILL=1 makes it happen). What we promise is that it is never silent:
// the journal (issue 25) reads the records back by itself and says so, and whatever it could
// not bring back is told as missing (lib/records/store-guard.ts), and the backup brings it back.
// The test accepts that outcome only with Chromium's own report of a corrupt store, and counts it.
describe(`browser killed during export, ${KILLS} times (seed ${SEED})`, () => {
  let dir = '';
  const outcomes: { kill: number; format: string; delayMs: number; announced: boolean; downloadStarted: boolean; fileComplete: boolean }[] = [];
  /** Starts at which Chromium had deleted the store as corrupt: the journal, or else the backup, restored it, and the user was told. */
  const deletedByBrowser: { start: number; message: string; by: 'journal' | 'backup' }[] = [];
  let b: Browser | undefined;
  afterAll(async () => {
    await b?.close().catch(() => undefined);
    console.log(`Kill during export (seed ${SEED}): ${JSON.stringify(outcomes)}`);
  });

  it('announces no incomplete file, and the store stays intact', async () => {
    console.log(`reliability-export seed: ${SEED} (repeat with KV_SEED=${SEED})`);
    b = await launch();
    dir = b.userDataDir;
    const seedPage = await b.context.newPage();
    await seedPage.goto(b.extensionUrl('queue.html'));
    await seedNumbered(seedPage, COUNT, 120, 60);
    // The user's backup, made before the kills (Verktyg → Säkerhetskopia).
    await seedPage.goto(b.extensionUrl('queue.html#/tools'));
    const [backupDownload] = await Promise.all([seedPage.waitForEvent('download'), seedPage.getByRole('button', { name: 'Skapa säkerhetskopia' }).click()]);
    const backup = readFileSync((await backupDownload.path())!);
    const before = (await readStore(seedPage)) as RawStore;
    await b.close();

    /**
     * Opens the queue and waits until it shows every record. If the browser handed back a store
     * that lost them, the queue must say so, the loss must be Chromium's own report of a corrupt
     * store, and the backup restores every record; anything else fails the test.
     */
    async function queueWithAllRecords(browser: Browser, start: number) {
      const queue = await browser.context.newPage();
      await queue.goto(browser.extensionUrl('queue.html'));
      // The store opens (and a lost one is read back from the journal) before the queue shows anything.
      const first = await queue.locator(`[data-matching="${COUNT}"], [data-store-loss]`).first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
      const told = await queue.locator('[data-store-loss]').count() > 0;
      const raw = (await readStore(queue)) as RawStore;
      const guard = await readGuard(queue);
      const rebuilt = (await readJournalRestore(queue)) as
        | { records: number; loss?: { expected: number; dataLoss?: string } }
        | undefined;
      const loss = guard['kv.store.loss:kommentarsvakt'] as { dataLoss?: string; dataLossMessage?: string; expected?: number; found?: number } | undefined;
      const context = `start ${start}: the store holds ${raw.records.length} of ${COUNT}; guard: ${JSON.stringify(guard)}; journal's rebuild: ${JSON.stringify(rebuilt)}; profile ${dir}; page says: ${(await queue.locator('body').innerText()).slice(0, 500)}`;
      if (first && !told) {
        if (rebuilt) {
          // The journal brought the store back by itself: only after Chromium's own report, every record, and said.
          expect(rebuilt.loss, context).toEqual({ expected: COUNT, dataLoss: 'total' });
          const notice = queue.getByRole('status').filter({ hasText: 'Återskapat från journalen' });
          expect(await notice.textContent(), context).toContain(`${COUNT} poster`);
          deletedByBrowser.push({ start, message: 'total', by: 'journal' });
          console.log(`start ${start}: Chromium deleted the store as corrupt; the journal read back ${rebuilt.records} records by itself and said so`);
          await notice.getByRole('button', { name: 'Jag har läst detta' }).click();
        }
        return queue;
      }
      if (!told || loss?.dataLoss !== 'total' || !/database was corrupt/.test(loss.dataLossMessage ?? '')) throw new Error(`${context}`);
      expect(await queue.getByRole('alert').getByRole('heading').textContent(), context).toBe('Sparade poster saknas');
      expect(loss.expected, context).toBe(COUNT);
      deletedByBrowser.push({ start, message: loss.dataLossMessage!, by: 'backup' });
      console.log(`start ${start}: Chromium deleted the store as corrupt (${loss.dataLossMessage}); the queue said ${COUNT - (loss.found ?? 0)} are missing; restoring the backup`);
      await queue.goto(browser.extensionUrl('queue.html#/tools'));
      await queue.getByLabel('Återställ från säkerhetskopia').setInputFiles({ name: 'kopia.zip', mimeType: 'application/zip', buffer: backup });
      await queue
        .getByText(`Återställt: ${COUNT - (loss.found ?? 0)} nya poster`)
        .waitFor()
        .catch(async (error: unknown) => {
          throw new Error(`${context}; after the restore the page says: ${(await queue.locator('body').innerText()).slice(0, 800)}`, { cause: error });
        });
      await queue.getByRole('button', { name: 'Jag har läst detta' }).click();
      await queue.goto(browser.extensionUrl('queue.html#/'));
      await queue.locator(`[data-matching="${COUNT}"]`).waitFor();
      expect(await queue.locator('[data-store-loss]').count()).toBe(0);
      return queue;
    }

    for (let kill = 1; kill <= KILLS; kill++) {
      const t0 = Date.now();
      b = await relaunch(dir);
      const t1 = Date.now();
      const queue = await queueWithAllRecords(b, kill);
      const [format, label, span] = FORMATS[Math.floor(random() * FORMATS.length)]!;
      await queue.getByRole('button', { name: `Välj alla ${COUNT} som visas` }).click();
      await queue.getByRole('button', { name: 'Exportera valda…' }).click();
      const dialog = queue.getByRole('dialog');
      await dialog.getByRole('radio', { name: label }).check();
      const pid = await b.browserPid();
      let download: Download | undefined;
      let file: Uint8Array | undefined;
      queue.on('download', (d) => {
        download = d;
        void d.path().then((p) => (file = new Uint8Array(readFileSync(p))), () => undefined);
      });
      const delayMs = Math.round(random() * span);
      const status = dialog.locator('[data-export-status]');
      await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
      const started = Date.now();
      let announced = false;
      while (Date.now() - started < delayMs) {
        if ((await status.getAttribute('data-export-status').catch(() => null)) === 'ok') announced = true;
      }
      const t2 = Date.now();
      process.kill(pid, 'SIGKILL');
      await b.context.close().catch(() => undefined);
      if (process.env.KV_DEBUG) console.log('phases', t1 - t0, started - t1, t2 - started, Date.now() - t2);
      b = undefined;
      // KV_TEAR_AFTER_KILL=n: this kill tears the log as an unlucky one does (the start after
      // next finds the store deleted): runs the branch above on purpose.
      if (Number(process.env.KV_TEAR_AFTER_KILL) === kill) console.log(`kill ${kill}: log torn, ${tearLevelDbLog(dir)} bytes cut`);
      // KV_SNAPSHOT_DIR=dir: keeps a copy of the profile after each of the last three kills, to
      // restart from when a start finds something wrong (delete SingletonLock in the copy first).
      if (process.env.KV_SNAPSHOT_DIR) {
        cpSync(dir, `${process.env.KV_SNAPSHOT_DIR}/after-kill-${kill}`, { recursive: true });
        rmSync(`${process.env.KV_SNAPSHOT_DIR}/after-kill-${kill - 3}`, { recursive: true, force: true });
      }
      outcomes.push({ kill, format, delayMs, announced, downloadStarted: download !== undefined, fileComplete: file !== undefined });
      // "Done" is said only after the whole file went to the download.
      if (announced) expect(download, `kill ${kill}: export announced done without a download`).toBeDefined();
      // A file that finished downloading before the kill is whole.
      if (file) checkFile(format, file);
    }

    b = await relaunch(dir);
    const page = await queueWithAllRecords(b, KILLS + 1);
    const after = (await readStore(page)) as RawStore;
    expect(await integrityProblems(after)).toEqual([]);
    const byId = (a: { id: string }, c: { id: string }) => a.id.localeCompare(c.id);
    const strip = ({ exportedAt: _e, ...r }: CaptureRecord) => r;
    expect(after.records.map(strip).sort(byId)).toEqual(before.records.map(strip).sort(byId));
    expect(after.screenshots.map((s) => s.sha256).sort()).toEqual(before.screenshots.map((s) => s.sha256).sort());
    // The trail only grew by export entries, and a record is marked exported only with one. As
    // sets: a restore numbers entries anew (so without seq), a journal rebuild record by record.
    const entry = ({ seq: _s, ...a }: RawStore['audit'][number] & { seq?: number }) => JSON.stringify(a);
    // An export entry names its format in `exported` (issue 18: the trail is data, worded when shown).
    const exportedAs = (a: RawStore['audit'][number]) => (a as { exported?: string }).exported;
    const isExport = (a: RawStore['audit'][number]) => /^(PDF|CSV|JSON|E-ARK)$/.test(exportedAs(a) ?? '');
    expect(after.audit.filter((a) => !isExport(a)).map(entry).sort()).toEqual(before.audit.map(entry).sort());
    for (const r of after.records) if (r.exportedAt) expect(after.audit.some((a) => a.recordId === r.id && isExport(a))).toBe(true);
    const announced = outcomes.filter((o) => o.announced).length;
    const complete = outcomes.filter((o) => o.fileComplete).length;
    console.log(
      `Kill during export: ${KILLS} kills (${FORMATS.map(([f]) => `${f} ${outcomes.filter((o) => o.format === f).length}`).join(', ')}), ${announced} announced done before the kill, ${complete} files completed and valid, 0 incomplete files announced; ` +
        `${deletedByBrowser.length} starts found the store deleted by Chromium as corrupt${deletedByBrowser.length ? ` (${deletedByBrowser.map((d) => `start ${d.start}: ${d.message}, restored by the ${d.by}`).join('; ')})` : ''}, each told to the user; store intact`,
    );
  }, 60_000 + KILLS * 12_000);
});
