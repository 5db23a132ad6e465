import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/firefox.mjs';
import { expectNoConsoleErrors, readStore, type Firefox } from './helpers';

// Issue 23: what Firefox cannot do (pageCapture/MHTML, Chrome's side panel, choosing a folder)
// is said where the user looks, with what happens instead; and the full-page screenshot
// (tabs.captureTab, scroll and stitch) of a tall page.
const PAGE = 'https://www.facebook.com/tyresokommun';

describe('Firefox: its limits said in the UI, and the full-page screenshot', () => {
  let b: Firefox;
  beforeAll(async () => {
    b = await launch({ pages: { [PAGE]: 'channel/long-page.html' } });
  });
  afterAll(async () => b?.close());

  it('the popup says the queue is in the sidebar and has a button that opens it', async () => {
    const popup = await b.openExtensionPage('popup.html');
    const shown = await popup.runAsUser(async (w: any, ui: any) => {
      await ui.text('Firefox har ingen sidopanel som Chrome. Samma kö visas i Firefox sidofält.');
      await ui.click('Öppna kön i sidofältet');
      return true;
    });
    expect(shown).toBe(true);
    // Firefox's sidebar is open on our sidebar_action (its id ends in "-sidebar-action").
    const sidebar = () => b.chrome(() => ({ open: (window as any).SidebarController.isOpen, id: (window as any).SidebarController.currentID }));
    await expect.poll(sidebar, { timeout: 15_000 }).toMatchObject({ open: true, id: expect.stringMatching(/sidebar-action$/) });
  });

  it('a full-page screenshot of a tall page is stitched into one image, and the panel says there is no MHTML in Firefox', async () => {
    const page = await b.newPage(PAGE);
    await b.clickAction(page);
    const size = await page.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight, clientWidth: document.documentElement.clientWidth }));
    expect(size.scrollHeight).toBeGreaterThanOrEqual(5 * size.innerHeight);
    const panel = await b.openExtensionPage('queue.html#/channels');
    const started = Date.now();
    const res = await panel.run(async (w: any, ui: any) => {
      await ui.text('I Firefox sparas bara helsidesbilden, ingen kopia av sidan (MHTML), som Firefox inte kan göra.');
      await ui.waitFor(() => w.document.querySelector('#page-capture-target')?.textContent === 'Flik: Tyresö kommun | Facebook');
      await ui.click('Ta helsidesbild av sidan');
      const el = await ui.waitFor(() => w.document.querySelector('[data-capture-result]'), 30_000);
      return { kind: el.getAttribute('data-capture-result'), text: el.textContent, recordId: el.getAttribute('data-record-id') };
    });
    console.log(`Firefox full-page capture of ${size.scrollHeight} px: ${Date.now() - started} ms, ${res.text}`);
    expect(res.kind).toBe('ok');
    expect(res.text).toContain('Ingen kopia av sidan (MHTML): Firefox kan inte spara en sådan, så helsidesbilden är det som sparas.');
    const { records, screenshots } = await readStore(b);
    const record = records.find((r) => r.id === res.recordId)!;
    expect(record).toBeDefined();
    const shot = screenshots.find((s) => s.recordId === record.id)!;
    expect(shot.png).toBe(true);
    expect(shot.width).toBe(size.clientWidth);
    // The whole page, not one screen: within a scrollbar's width of the document's height.
    expect(shot.height).toBeGreaterThanOrEqual(size.scrollHeight - 20);
    expect(shot.height).toBeLessThanOrEqual(size.scrollHeight + 20);
    await panel.close();
  });

  it('the export dialog says the files go to the downloads folder, and the export lands there', async () => {
    const queue = await b.openExtensionPage('queue.html');
    const said = await queue.run(async (w: any, ui: any) => {
      const box = await ui.waitFor(() => w.document.querySelector('tbody input[type="checkbox"]'));
      box.click();
      await ui.click('Exportera valda…');
      const note = await ui.text('Firefox låter inte tillägg välja mapp: exporterade filer hamnar i Firefox hämtningsmapp.');
      await ui.click('Exportera');
      await ui.text(/Klart: /, 30_000);
      return Boolean(note);
    });
    expect(said).toBe(true);
    const dir = join(b.userDataDir, 'downloads');
    await expect.poll(() => (existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith('.part')) : []), { timeout: 15_000 }).toHaveLength(1);
    await queue.close();
  });

  it('logs no error from our scripts', async () => {
    await expectNoConsoleErrors(b);
  });
});
