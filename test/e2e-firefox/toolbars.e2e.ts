import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/firefox.mjs';
import { expectNoConsoleErrors, firstCaptureLabel, overlayButton, pagesFor, setProfile, SITES, type Firefox, type Site } from './helpers';

// Issue 23: the shipped Firefox build drew no toolbars on Facebook (a URLSearchParams spread in
// the content script, denied by Xray wrappers). Every site's fixture, in both UI languages.
for (const lang of ['sv', 'en'] as const) {
  describe(`toolbars in Firefox, ${lang} UI`, () => {
    let b: Firefox;
    beforeAll(async () => {
      b = await launch({ pages: pagesFor(lang) });
      await setProfile(b, lang);
    });
    afterAll(async () => b?.close());

    for (const site of Object.keys(SITES) as Site[]) {
      it(`${site}: the first item has its capture button and guide toggle`, async () => {
        const page = await b.newPage(SITES[site].url);
        const { label, author } = firstCaptureLabel(site, lang);
        const button = await overlayButton(page, label);
        expect(await button.evaluate((el) => el.getAttribute('aria-label'))).toBe(label);
        const guide = lang === 'sv' ? `Riktlinjer för ${label.includes('svar') ? 'svar' : 'kommentar'} av ${author}` : `Guide for ${label.includes('reply') ? 'reply' : 'comment'} by ${author}`;
        await overlayButton(page, guide);
        await page.close();
      });
    }

    it('logs no error from our scripts', async () => {
      await expectNoConsoleErrors(b);
    });
  });
}
