import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.mjs';
import { expectNoOutbound } from '../support/network.mjs';
import { captureAndWait } from '../support/status';

// Issue 7, "everything stays on the user's machine": a whole working session (options, capture
// on the site page, queue, side panel, every export format, backup) with every request from
// every context recorded (pages, extension pages, content scripts, service worker): none may
// leave the machine. The site page itself is served from a fixture at its real address.

const PAGE = 'https://www.facebook.com/tyresokommun';
type Browser = Awaited<ReturnType<typeof launch>>;

describe('no network: capture → queue → export', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch({ pages: { [PAGE]: 'facebook/page-feed.sv.html' } });
  });
  afterAll(async () => b?.close());

  it('makes no request that leaves the machine', async () => {
    const options = await b.context.newPage();
    await options.goto(b.extensionUrl('options.html'));
    await options.getByRole('textbox', { name: 'Namn' }).fill('Eva Holm');
    await options.getByRole('button', { name: 'Spara', exact: true }).click();
    await options.getByText('Inställningarna är sparade.').waitFor();
    await options.getByRole('textbox', { name: 'Registratorns e-postadress' }).fill('registrator@tyreso.se');
    await options.getByRole('textbox', { name: 'Din e-postadress (avsändare)' }).fill('eva.holm@tyreso.se');
    await options.getByRole('button', { name: 'Uppdatera mottagare och adresser' }).click();
    await options.getByText('Mottagarna är sparade.').waitFor();
    await options.close();

    const page = await b.context.newPage();
    await page.goto(PAGE);
    await page.bringToFront();
    await b.clickAction(page);
    for (const name of ['Fånga kommentar av Karin Lindqvist', 'Fånga kommentar av Test Testsson']) {
      const button = page.getByRole('button', { name, exact: true });
      await captureAndWait(button);
    }

    const side = await b.context.newPage();
    await side.goto(b.extensionUrl('sidepanel.html'));
    await side.getByText('Vilka tider har badhuset öppet på söndagar?').first().waitFor();
    await side.close();

    const queue = await b.context.newPage();
    await queue.goto(b.extensionUrl('queue.html'));
    await queue.locator('[data-matching="2"]').waitFor();
    for (const format of ['PDF, en fil per post (zip)', 'CSV för import i diariet', 'JSON (förlustfri)', 'E-ARK-paket för e-arkivet (zip)', 'E-post till registrator (.eml) med PDF-filer']) {
      await queue.getByRole('button', { name: /^Välj alla \d+ som visas$/ }).click();
      await queue.getByRole('button', { name: 'Exportera valda…' }).click();
      const dialog = queue.getByRole('dialog');
      await dialog.getByRole('radio', { name: format }).check();
      await Promise.all([queue.waitForEvent('download'), dialog.getByRole('button', { name: 'Exportera', exact: true }).click()]);
      await dialog.locator('[data-export-status="ok"]').waitFor();
      await dialog.getByRole('button', { name: 'Stäng' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await queue.goto(b.extensionUrl('queue.html#/tools'));
    await Promise.all([queue.waitForEvent('download'), queue.getByRole('button', { name: 'Skapa säkerhetskopia' }).click()]);

    const figures = expectNoOutbound(b);
    expect(b.outbound).toEqual([]);
    const byContext = b.requests.reduce<Record<string, number>>((n, r: { from: string }) => ((n[r.from] = (n[r.from] ?? 0) + 1), n), {});
    console.log(`No network: ${figures.total} requests recorded (${JSON.stringify(byContext)}), ${figures.leaving} left the machine`);
  });
});
