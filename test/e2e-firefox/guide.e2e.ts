import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launch } from '../support/firefox.mjs';
import { editorScripts } from '../fixtures/editors/build.mjs';
import { deepFind, expectNoConsoleErrors, overlayButton, setProfile, type Firefox } from './helpers';

// Issue 23 in Firefox: the guide panel (a script injected on first use) opens, and "Infoga" puts a signed template into each site's own reply box, against the
// real editor libraries the fixtures bundle (as test/e2e/reply.e2e.ts does in Chromium).
// The overlay's words in each UI language (the fixtures' pages stay Swedish).
const UI = {
  sv: {
    toggle: (author: string) => `Riktlinjer för kommentar av ${author}`,
    panel: (author: string) => `Riktlinjer för inlägg av ${author}`,
    insert: 'Infoga svaret ”Vi återkommer med svar” i svarsrutan',
    inserted: 'Svaret är infogat. Läs igenom det och skicka det själv.',
  },
  en: {
    toggle: (author: string) => `Guide for comment by ${author}`,
    panel: (author: string) => `Guide for the post by ${author}`,
    insert: 'Insert the reply “We will get back to you” in the reply box',
    inserted: 'The reply is inserted. Read it through and send it yourself.',
  },
} as const;
const SIGNATURE = /\n\nEva Holm\nKommunikatör\nKommunikationsenheten$/;

const SITES = [
  { site: 'Facebook (Lexical)', url: 'https://www.facebook.com/tyresokommun', fixture: 'facebook/reply.sv.html', author: 'Karin Lindqvist', editor: 'reply-1', prefix: '', method: 'lexical-paste' },
  { site: 'Instagram (React textarea)', url: 'https://www.instagram.com/p/DEMOsjovik1/', fixture: 'instagram/reply.sv.html', author: 'lisa.exempelsson', editor: 'post', prefix: '@lisa.exempelsson ', method: 'textarea-setter' },
  { site: 'YouTube (contenteditable)', url: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0', fixture: 'youtube/reply.sv.html', author: '@karin-exempel', editor: 'reply-1', prefix: '', method: 'contenteditable-insert-text' },
  { site: 'YouTube Studio (React textarea)', url: 'https://studio.youtube.com/channel/UCdemo/comments/inbox', fixture: 'youtube-studio/reply.sv.html', author: '@karin-exempel', editor: 'reply-1', prefix: '', method: 'textarea-setter' },
];

const editorText = (page: Page, id: string) => page.evaluate((i) => (window as any).__kvFixture.editors[i]?.text() ?? null, id);
const submits = (page: Page) => page.evaluate(() => (window as any).__kvFixture.submits as number);

for (const lang of ['sv', 'en'] as const) describe(`guide panel and reply templates in Firefox (${lang} UI)`, () => {
  const words = UI[lang];
  let b: Firefox;
  beforeAll(async () => {
    const built = await editorScripts();
    b = await launch({ scripts: built.scripts, pages: Object.fromEntries(SITES.map((s) => [s.url, s.fixture])) });
    await setProfile(b, lang);
  });
  afterAll(async () => b?.close());

  for (const s of SITES) {
    it(`${s.site}: the guide opens, and the template goes into the reply box; nothing is sent`, async () => {
      const page = await b.newPage(s.url);
      const toggle = await overlayButton(page, words.toggle(s.author));
      await toggle.click();
      await expect.poll(() => toggle.evaluate((el) => el.getAttribute('aria-expanded')), { timeout: 10_000 }).toBe('true');
      const panel = await deepFind(page, 'section.kv-panel', words.panel(s.author));
      const select = (await panel.$('select:has(option[value="question"])')) as ElementHandle<HTMLSelectElement>;
      // By the keyboard, as a user does: the panel ignores synthetic changes (issue 26), which is
      // what puppeteer's select() makes.
      await select.focus();
      for (let presses = 0; presses < 30; presses++) {
        const { from, to } = await select.evaluate((el) => ({ from: el.selectedIndex, to: [...el.options].findIndex((o) => o.value === 'question') }));
        if (from === to) break;
        await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
      }
      expect(await select.evaluate((el) => el.value)).toBe('question');
      const template = await deepFind(page, '[data-template="question-received"]');
      await expect.poll(() => template.evaluate((el) => el.textContent ?? '')).toMatch(SIGNATURE);
      const text = await template.evaluate((el) => el.textContent ?? '');
      const insert = await deepFind(page, 'button', words.insert);
      await insert.click();
      const status = await panel.$('[role="status"]');
      await expect.poll(() => status!.evaluate((el) => el.textContent), { timeout: 10_000 }).toBe(words.inserted);
      expect(await editorText(page, s.editor)).toBe(`${s.prefix}${text}`);
      // Typed into the box, not left on the clipboard (Facebook: the synthetic paste).
      expect(await status!.evaluate((el) => el.getAttribute('data-method'))).toBe(s.method);
      expect(await submits(page)).toBe(0);
      await page.close();
    });
  }

  it('logs no error from our scripts', async () => {
    await expectNoConsoleErrors(b);
  });
});
