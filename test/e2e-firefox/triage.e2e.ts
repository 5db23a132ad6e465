import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/firefox.mjs';
import { expectNoConsoleErrors, overlayButton, pagesFor, setProfile, SITES, type Firefox } from './helpers';

// Issue 20 in Firefox: the overlay's readings reach the background (an MV2 event page there),
// and the states come back into the rooms, in both UI languages' words.
const stateBeside = (button: Awaited<ReturnType<typeof overlayButton>>) => button.evaluate((b) => b.parentElement?.querySelector('.kv-triage')?.textContent ?? '');

for (const lang of ['sv', 'en'] as const) {
  describe(`triage in Firefox, ${lang} UI`, () => {
    let b: Firefox;
    beforeAll(async () => {
      b = await launch({ pages: pagesFor(lang) });
      await setProfile(b, lang);
    });
    afterAll(async () => b?.close());

    it('Facebook: the fault report awaits an answer, the question the page answered is answered', async () => {
      const page = await b.newPage(SITES.facebook.url);
      const fault = await overlayButton(page, lang === 'sv' ? 'Fånga kommentar av Ahmed Yusuf' : 'Capture comment by Ahmed Yusuf');
      await expect.poll(() => stateBeside(fault), { timeout: 15_000 }).toMatch(lang === 'sv' ? /^Svara senast \S+ \d\d:\d\d$/ : /^Answer by \S+ \d\d:\d\d$/);
      const question = await overlayButton(page, lang === 'sv' ? 'Fånga kommentar av Karin Lindqvist' : 'Capture comment by Karin Lindqvist');
      expect(await stateBeside(question)).toBe(lang === 'sv' ? 'Besvarad' : 'Answered');
      await page.close();
    });

    it('logs no error from our scripts', async () => {
      await expectNoConsoleErrors(b);
    });
  });
}
