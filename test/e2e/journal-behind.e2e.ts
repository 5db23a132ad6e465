import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axe } from '../support/axe';
import { launch } from '../support/browser.mjs';
import { readJournalFiles } from '../support/journal.mjs';
import { relaunch } from '../support/restart';
import { captureAndWait } from '../support/status';
import { readStore } from '../support/store.mjs';

// Issue 25: a journal write that fails is shown to the user. The journal is made to fail for
// real in the built extension: its `records` folder (origin private file system) is replaced by
// a file of that name, as a damaged journal folder leaves it, so no record folder can be made.
// The capture still says "Sparad" (the store committed); the popup and the queue say the backup
// copy is behind, calmly, until the journal has caught up.

const PAGE = 'https://www.facebook.com/tyresokommun';
const FIXTURE = { [PAGE]: 'facebook/page-feed.sv.html' };
const KEY = 'kv.journal.state:kommentarsvakt';
const SHOTS = process.env.KV_SCREENSHOTS;

/** The extension's storage API, in one of its pages. */
type Area = { get(key: string): Promise<Record<string, unknown>> };
declare const chrome: { storage: { local: Area; session: Area } };

type Browser = Awaited<ReturnType<typeof launch>>;

/** Replaces the journal's `records` folder by a file of that name (after the session's own catch-up made it). */
async function damageJournal(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(async () => (await chrome.storage.session.get('kv.journal.caughtUp:kommentarsvakt'))['kv.journal.caughtUp:kommentarsvakt']), { timeout: 15_000 }).toBe(true);
  await page.evaluate(async () => {
    const journal = await (await navigator.storage.getDirectory()).getDirectoryHandle('journal', { create: true });
    await journal.removeEntry('records', { recursive: true }).catch(() => undefined);
    await journal.getFileHandle('records', { create: true });
  });
}

/** Removes that file again: the folder is made anew at the next write. */
async function repairJournal(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const journal = await (await navigator.storage.getDirectory()).getDirectoryHandle('journal');
    await journal.removeEntry('records');
  });
}

const stateOf = (page: Page) => page.evaluate(async (key) => (await chrome.storage.local.get(key))[key], KEY);

async function capture(b: Browser, name: string): Promise<void> {
  const page = b.context.pages().find((p) => p.url() === PAGE) ?? (await b.context.newPage());
  if (page.url() !== PAGE) {
    await page.goto(PAGE);
    await page.bringToFront();
    await b.clickAction(page);
  }
  await page.bringToFront();
  // The store committed: the capture says "Sparad" even when the journal could not be written.
  await captureAndWait(page.getByRole('button', { name, exact: true }));
}

/** Every stored record has a whole copy in the journal, with its screenshot's digest. */
async function expectJournalWhole(page: Page): Promise<void> {
  const store = await readStore(page);
  const journal = await readJournalFiles(page);
  expect(journal.map((j) => j.id).sort()).toEqual(store.records.map((r: { id: string }) => r.id).sort());
  for (const j of journal) {
    expect(j).toMatchObject({ record: true, torn: [] });
    expect(j.events).toBeGreaterThan(0);
    expect(j.screenshotSha256).toBe(store.screenshots.find((s: { recordId: string }) => s.recordId === j.id)?.sha256);
  }
}

describe('a journal write that fails', () => {
  let b: Browser | undefined;
  afterEach(async () => {
    await b?.close();
    b = undefined;
  });

  it('is shown in the popup and the queue, calmly, until "Skriv ikapp nu" brings the journal up to date', async () => {
    b = await launch({ pages: FIXTURE });
    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    await damageJournal(queue);
    await capture(b, 'Fånga kommentar av Karin Lindqvist');
    await expect.poll(() => stateOf(queue)).toMatchObject({ reason: 'failed', failures: 1, detail: 'TypeMismatchError' });

    const popup = await b.context.newPage();
    await popup.goto(b.extensionUrl('popup.html'));
    const line = popup.getByRole('status').filter({ hasText: 'Reservkopian' });
    await line.waitFor();
    expect(await line.textContent()).toBe('Reservkopian (journalen) ligger efter: skrivningen misslyckades. Posterna är sparade i webbläsaren. Öppna kön för att läsa mer.');
    // Calm: nothing is lost, so no alert.
    expect(await popup.getByRole('alert').count()).toBe(0);
    expect(await axe(popup)).toEqual([]);
    if (SHOTS) await popup.screenshot({ path: `${SHOTS}/journal-behind-popup.png`, fullPage: true });

    await queue.bringToFront();
    await queue.locator('[data-matching="1"]').waitFor();
    const notice = queue.getByRole('status').filter({ has: queue.getByRole('heading', { name: 'Reservkopian ligger efter' }) });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/Posterna är sparade i webbläsaren, men sedan .+ har Kommentarsvakt inte kunnat skriva dem till sin reservkopia \(journalen\): skrivningen misslyckades\. 1 skrivning har misslyckats\./);
    expect(text).toContain('Inget är förlorat.');
    expect(text).toContain('Gör gärna en säkerhetskopia under tiden:');
    expect(await queue.getByRole('alert').count()).toBe(0);
    expect(await axe(queue)).toEqual([]);
    if (SHOTS) await queue.screenshot({ path: `${SHOTS}/journal-behind-queue.png`, fullPage: true });

    // Still damaged: catching up fails too, and says so.
    await notice.getByRole('button', { name: 'Skriv ikapp nu' }).click();
    await notice.getByText('Det gick inte heller nu.').waitFor();
    expect(await stateOf(queue)).toMatchObject({ failures: 2 });

    // Repaired: catching up writes the record, and the notice goes in every open page.
    await repairJournal(queue);
    await notice.getByRole('button', { name: 'Skriv ikapp nu' }).click();
    await notice.waitFor({ state: 'detached' });
    await line.waitFor({ state: 'detached' });
    expect(await stateOf(queue)).toBeUndefined();
    await expectJournalWhole(queue);
  }, 90_000);

  it('goes by itself: the next capture that is written catches the journal up, and a restart does too', async () => {
    b = await launch({ pages: FIXTURE });
    const dir = b.userDataDir;
    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    await damageJournal(queue);
    await capture(b, 'Fånga kommentar av Karin Lindqvist');
    await expect.poll(() => stateOf(queue)).toMatchObject({ reason: 'failed', failures: 1 });
    await repairJournal(queue);
    await capture(b, 'Fånga kommentar av Ahmed Yusuf');
    await expect.poll(() => stateOf(queue), { timeout: 15_000 }).toBeUndefined();
    await expectJournalWhole(queue);

    // Behind again, then repaired while the browser is closed: the worker's start catches up.
    await damageJournal(queue);
    await capture(b, 'Fånga kommentar av Birgitta Ek');
    await expect.poll(() => stateOf(queue)).toMatchObject({ reason: 'failed', failures: 1 });
    await repairJournal(queue);
    await b.close();
    b = await relaunch(dir);
    const after = await b.context.newPage();
    await after.goto(b.extensionUrl('queue.html'));
    await after.locator('[data-matching="3"]').waitFor();
    await expect.poll(() => stateOf(after), { timeout: 15_000 }).toBeUndefined();
    expect(await after.getByRole('heading', { name: 'Reservkopian ligger efter' }).count()).toBe(0);
    await expectJournalWhole(after);
  }, 120_000);
});
