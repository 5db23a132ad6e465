import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Download } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonExport } from '../../lib/export/json';
import type { CaptureRecord } from '../../lib/records/schema';
import { makePng, makeRecord } from '../lib/export/fixtures';
import { launch } from '../support/browser.mjs';
import { integrityProblems, type RawStore } from '../support/integrity';
import { mulberry32, seedFromEnv } from '../support/prng.mjs';
import { writeRows } from '../support/seed';
import { relaunch } from '../support/restart';
import { readStore } from '../support/store.mjs';

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

// Not in `npm test` (run it with `npm run test:soak`): on 2026-11-23 one CI run (seed
// 127061766) found the store EMPTY after the 6th kill — the whole database gone, not a partial
// record. Unexplained so far (Chromium discarding the extension's storage while it reinstalls
// a --load-extension extension at start-up is one suspect); until it is understood this test
// would make CI fail at random, and it must not be silenced either. Issue 7 stays open on it.
describe.skipIf(!process.env.KV_SOAK)(`browser killed during export, ${KILLS} times (seed ${SEED})`, () => {
  let dir = '';
  const outcomes: { kill: number; format: string; delayMs: number; announced: boolean; downloadStarted: boolean; fileComplete: boolean }[] = [];
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
    const records: CaptureRecord[] = [];
    const shots: Record<string, number[]> = {};
    for (let n = 1; n <= COUNT; n++) {
      const png = makePng(120, 60, { noise: true, seed: n });
      records.push(await makeRecord(n, {}, png));
      shots[records[n - 1]!.id] = Array.from(png);
    }
    await writeRows(seedPage, records, shots);
    const before = (await readStore(seedPage)) as RawStore;
    await b.close();

    for (let kill = 1; kill <= KILLS; kill++) {
      const t0 = Date.now();
      b = await relaunch(dir);
      const t1 = Date.now();
      const queue = await b.context.newPage();
      await queue.goto(b.extensionUrl('queue.html'));
      const shown = await queue.locator(`[data-matching="${COUNT}"]`).waitFor({ timeout: 15_000 }).then(() => true, () => false);
      if (!shown) {
        const raw = (await readStore(queue)) as RawStore;
        throw new Error(`kill ${kill}: the queue does not show ${COUNT} records; the store holds ${raw.records.length}; page says: ${(await queue.locator('body').innerText()).slice(0, 500)}`);
      }
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
      outcomes.push({ kill, format, delayMs, announced, downloadStarted: download !== undefined, fileComplete: file !== undefined });
      // "Done" is said only after the whole file went to the download.
      if (announced) expect(download, `kill ${kill}: export announced done without a download`).toBeDefined();
      // A file that finished downloading before the kill is whole.
      if (file) checkFile(format, file);
    }

    b = await relaunch(dir);
    const page = await b.context.newPage();
    await page.goto(b.extensionUrl('queue.html'));
    const after = (await readStore(page)) as RawStore;
    expect(await integrityProblems(after)).toEqual([]);
    const byId = (a: { id: string }, c: { id: string }) => a.id.localeCompare(c.id);
    const strip = ({ exportedAt: _e, ...r }: CaptureRecord) => r;
    expect(after.records.map(strip).sort(byId)).toEqual(before.records.map(strip).sort(byId));
    expect(after.screenshots.map((s) => s.sha256).sort()).toEqual(before.screenshots.map((s) => s.sha256).sort());
    // The trail only grew by export entries, and a record is marked exported only with one.
    expect(after.audit.slice(0, before.audit.length)).toEqual(before.audit);
    for (const a of after.audit.slice(before.audit.length)) expect(a.note).toMatch(/^Exporterad \((PDF|CSV|JSON|E-ARK)\)$/);
    for (const r of after.records) if (r.exportedAt) expect(after.audit.some((a) => a.recordId === r.id && a.note?.startsWith('Exporterad'))).toBe(true);
    const announced = outcomes.filter((o) => o.announced).length;
    const complete = outcomes.filter((o) => o.fileComplete).length;
    console.log(`Kill during export: ${KILLS} kills (${FORMATS.map(([f]) => `${f} ${outcomes.filter((o) => o.format === f).length}`).join(', ')}), ${announced} announced done before the kill, ${complete} files completed and valid, 0 incomplete files announced, store intact`);
  }, 180_000);
});
