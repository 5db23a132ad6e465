import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/firefox.mjs';
import { capture, expectNoConsoleErrors, firstCaptureLabel, pagesFor, readStore, setProfile, SITES, type Firefox, type Site } from './helpers';

// Issue 23: on every site's fixture, in both UI languages, a capture (screenshots allowed)
// stores a record with a PNG cropped to the item; the queue lists them all and the detail
// shows the screenshot and checks the digests, in the same language.
const WORDS = {
  sv: { saved: /^Sparad$/, count: '4 poster', show: 'Visa post av', ok: 'Kontrollsummorna stämmer', alt: /^Skärmbild av posten/ },
  en: { saved: /^Saved$/, count: '4 records', show: 'Show record by', ok: 'The checksums match', alt: /^Screenshot of the record/ },
} as const;

for (const lang of ['sv', 'en'] as const) {
  describe(`capture on every site in Firefox, ${lang} UI`, () => {
    const words = WORDS[lang];
    let b: Firefox;
    beforeAll(async () => {
      b = await launch({ pages: pagesFor(lang), allUrls: true });
      await setProfile(b, lang);
    });
    afterAll(async () => b?.close());

    for (const site of Object.keys(SITES) as Site[]) {
      it(`${site}: the first item is stored with a PNG cropped to it`, async () => {
        const page = await b.newPage(SITES[site].url);
        const { label, author } = firstCaptureLabel(site, lang);
        await capture(page, label, words.saved);
        await page.close();
        const { records, screenshots } = await readStore(b);
        const record = records.find((r) => r.author === author && r.platform === site)!;
        const shot = screenshots.find((s) => s.recordId === record.id)!;
        expect(shot).toMatchObject({ png: true, type: 'image/png' });
        expect(record.screenshot).toMatchObject({ status: 'ok', sha256: shot.sha256 });
        // Cropped to the item: within the 1280×800 viewport, not the whole of it, not empty.
        expect(shot.width).toBeGreaterThan(100);
        expect(shot.width).toBeLessThan(1280);
        expect(shot.height).toBeGreaterThan(20);
        expect(shot.height).toBeLessThan(800);
      });
    }

    it('the queue lists the four records; the detail shows the screenshot and checks the digests', async () => {
      const queue = await b.openExtensionPage('queue.html');
      const shown = await queue.run(
        async (w: any, ui: any, words: { count: string; show: string; ok: string }, author: string) => {
          await ui.text(words.count);
          await ui.click(`${words.show} ${author}`);
          const img = await ui.waitFor(() => w.document.querySelector('img.screenshot-full'));
          await ui.waitFor(() => img.complete && img.naturalWidth > 0);
          await ui.text(words.ok);
          return { width: img.naturalWidth, alt: img.alt };
        },
        words,
        firstCaptureLabel('facebook', lang).author,
      );
      expect(shown.width).toBeGreaterThan(100);
      expect(shown.alt).toMatch(words.alt);
      await queue.close();
    });

    it('logs no error from our scripts', async () => {
      await expectNoConsoleErrors(b);
    });
  });
}
