import { afterAll, describe, expect, it } from 'vitest';
import { launch } from '../support/firefox.mjs';
import { capture, expectNoConsoleErrors, pagesFor, setProfile, SITES, type Firefox } from './helpers';

// Issue 25 in Firefox: a journal write that fails (its `records` folder in the origin private
// file system replaced by a file, as a damaged journal folder leaves it) is shown in the popup
// and the queue; the capture still says "Sparad"; once repaired, "Skriv ikapp nu" clears it.
// The Chromium test (test/e2e/journal-behind.e2e.ts) covers the rest.

describe('a journal write that fails, in Firefox', () => {
  let b: Firefox | undefined;
  afterAll(async () => {
    await b?.close();
  });

  it('is shown in the popup and the queue until the journal has caught up', async () => {
    b = await launch({ pages: pagesFor('sv'), allUrls: true });
    await setProfile(b, 'sv');
    const queue = await b.openExtensionPage('queue.html');
    // After the background's own catch-up at start (it makes the folder), the folder becomes a file.
    await queue.run(async (w: any) => {
      const journal = await (await w.wrappedJSObject.navigator.storage.getDirectory()).getDirectoryHandle('journal', { create: true });
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          await journal.getDirectoryHandle('records');
          break;
        } catch (e) {
          if (Date.now() > deadline) throw e;
          await new Promise((r) => w.setTimeout(r, 50));
        }
      }
      await journal.removeEntry('records', { recursive: true });
      await journal.getFileHandle('records', { create: true });
    });

    const page = await b.newPage(SITES.facebook.url);
    expect(await capture(page, 'Fånga kommentar av Karin Lindqvist', /^Sparad$/)).toBe('Sparad');

    const popup = await b.openExtensionPage('popup.html');
    const said: string = await popup.run(async (w: any, ui: any) => {
      await ui.text('Reservkopian (journalen) ligger efter');
      const line = ui.find('[role="status"]', /^Reservkopian/);
      return `${line?.textContent}|${w.document.querySelectorAll('[role="alert"]').length}`;
    });
    expect(said).toBe('Reservkopian (journalen) ligger efter: skrivningen misslyckades. Posterna är sparade i webbläsaren. Öppna kön för att läsa mer.|0');
    await popup.close();

    const gone: boolean = await queue.run(async (w: any, ui: any) => {
      await ui.text('Reservkopian ligger efter');
      const journal = await (await w.wrappedJSObject.navigator.storage.getDirectory()).getDirectoryHandle('journal');
      await journal.removeEntry('records');
      await ui.click('Skriv ikapp nu');
      await ui.waitFor(() => !w.document.body.textContent.includes('Reservkopian ligger efter'), 15_000);
      // The record is in the journal again, whole.
      const records = await journal.getDirectoryHandle('records');
      const keys = records.keys();
      const first = await keys.next();
      const dir = await records.getDirectoryHandle(first.value);
      return JSON.parse(await (await (await dir.getFileHandle('record.json')).getFile()).text()).kind === 'record';
    });
    expect(gone).toBe(true);
    await queue.close();
    await expectNoConsoleErrors(b);
  }, 120_000);
});
