import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/firefox.mjs';
import type { Firefox } from './helpers';

// Issue 25, point 2, in Firefox: there is no folder picker (File System Access), so the options
// say the records folder is not available and what happens instead, and offer no button for it.
describe('Firefox: the records folder', () => {
  let b: Firefox;
  beforeAll(async () => {
    b = await launch({});
  });
  afterAll(async () => b?.close());

  it('the options say it is Chrome and Edge only, with what Firefox does instead, and offer no folder button', async () => {
    const options = await b.openExtensionPage('options.html');
    const shown = await options.runAsUser(async (w: Window, ui: any) => {
      await ui.text('Mappen för registret finns bara i Chrome och Edge. I den här webbläsaren sparas posterna i stället i webbläsaren och i den automatiska säkerhetskopian i Hämtade filer.');
      const section = w.document.querySelector('#records-folder')!;
      return { buttons: [...section.querySelectorAll('button')].map((b) => b.textContent), drop: section.querySelector('[data-folder-drop]') !== null };
    });
    expect(shown).toEqual({ buttons: [], drop: false });
    await options.close();
  });
});
