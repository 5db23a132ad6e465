import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.mjs';
import { readJournalFiles } from '../support/journal.mjs';
import { relaunch } from '../support/restart';
import { captureAndWait } from '../support/status';
import { readStore } from '../support/store.mjs';

// Issue 25, point 1: disposal (gallring) also removes the journal's copy and leaves the disposal
// log, so a store rebuilt from the journal afterwards brings back what was kept and nothing that
// was disposed of. Captured through the overlay (so journalled), disposed of through Verktyg.

const PAGE = 'https://www.facebook.com/tyresokommun';
const AUTHORS = ['Karin Lindqvist', 'Ahmed Yusuf', 'Test Testsson', 'Birgitta Ek'];
type Browser = Awaited<ReturnType<typeof launch>>;
type Stored = { records: { id: string; category?: string; status: string }[] };

/** The journal's disposal log lines (the record ids), read with the raw File System API. */
function disposalLines(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(async () => {
    const journal = await (await navigator.storage.getDirectory()).getDirectoryHandle('journal');
    const out: string[] = [];
    let dir: FileSystemDirectoryHandle;
    try {
      dir = await journal.getDirectoryHandle('disposals');
    } catch {
      return out;
    }
    for await (const handle of (dir as unknown as { values(): AsyncIterable<FileSystemFileHandle> }).values()) {
      out.push((JSON.parse(await (await handle.getFile()).text()) as { body: { recordId: string } }).body.recordId);
    }
    return out.sort();
  });
}

describe('disposal and the journal', () => {
  let b: Browser | undefined;
  afterAll(async () => {
    await b?.close().catch(() => undefined);
  });

  it("removes the journal's copy of each disposed record, keeps its log line, and a rebuilt store holds only what was kept", async () => {
    b = await launch({ pages: { [PAGE]: 'facebook/page-feed.sv.html' } });
    const dir = b.userDataDir;
    const page = await b.context.newPage();
    await page.goto(PAGE);
    await page.bringToFront();
    await b.clickAction(page);
    for (const author of AUTHORS) await captureAndWait(page.getByRole('button', { name: `Fånga kommentar av ${author}`, exact: true }));
    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    const before = (await readStore(queue)) as Stored;
    expect((await readJournalFiles(queue)).map((j) => j.id).sort()).toEqual(before.records.map((r) => r.id).sort());
    const praise = before.records.filter((r) => r.category === 'praise').map((r) => r.id).sort();
    expect(praise.length, 'the feed has praise, which the shipped rule disposes of').toBeGreaterThan(0);
    expect(praise.length).toBeLessThan(before.records.length);

    // The shipped rule (praise, 90 days, exported) set to today and without export, then run.
    await queue.goto(b.extensionUrl('queue.html#/tools'));
    const rule = queue.getByRole('group', { name: /^Regel: Beröm/ });
    await rule.getByRole('spinbutton').fill('0');
    await rule.getByRole('checkbox', { name: 'Bara poster som har exporterats' }).uncheck();
    await queue.getByRole('button', { name: 'Spara regler' }).click();
    await queue.getByText('Reglerna är sparade.').waitFor();
    await queue.getByRole('button', { name: 'Visa vad som skulle gallras' }).click();
    const run = queue.getByRole('button', { name: new RegExp(`^Gallra ${praise.length} post`) });
    await run.click();
    await queue.getByRole('alertdialog').getByRole('button', { name: 'Ja, gallra' }).click();
    await queue.getByText(new RegExp(`^${praise.length} (poster gallrade|post gallrad)\\.$`)).waitFor();

    const kept = before.records.filter((r) => !praise.includes(r.id)).map((r) => r.id).sort();
    await expect.poll(async () => (await readJournalFiles(queue)).map((j) => j.id).sort()).toEqual(kept);
    expect(await disposalLines(queue)).toEqual(praise);
    await b.close();

    // The browser then loses the store: the journal brings back what was kept, not what was disposed of.
    const idb = join(dir, 'Default', 'IndexedDB');
    for (const f of readdirSync(idb).filter((f) => f.startsWith('chrome-extension_'))) rmSync(join(idb, f), { recursive: true });
    b = await relaunch(dir);
    const after = await b.context.newPage();
    await after.goto(b.extensionUrl('queue.html'));
    await after.locator(`[data-matching="${kept.length}"]`).waitFor({ timeout: 20_000 });
    expect(((await readStore(after)) as Stored).records.map((r) => r.id).sort()).toEqual(kept);
  }, 120_000);
});
