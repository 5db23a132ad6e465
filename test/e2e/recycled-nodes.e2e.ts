import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.mjs';
import { readStore } from '../support/store.mjs';
import type { CaptureRecord } from '../../lib/records/schema';
import { statusOf } from '../support/status';

// YouTube Studio reuses its ytcp-comment nodes while the list scrolls (DOM-NOTES.md): the same
// element then shows another comment. The toolbar must follow the content, never the node.
const STUDIO = 'https://studio.youtube.com/channel/UCsjovikdemo/comments/inbox';

describe('recycled nodes (YouTube Studio)', () => {
  let b: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    b = await launch({ pages: { [STUDIO]: 'youtube-studio/comments.sv.html' } });
  });
  afterAll(async () => b?.close());

  it('a node that now shows another comment gets a toolbar for that comment, and captures it', async () => {
    const page = await b.context.newPage();
    await page.goto(STUDIO);
    await page.bringToFront();
    await b.clickAction(page);
    await page.getByRole('button', { name: 'Fånga kommentar av @karin-exempel' }).waitFor();

    // What Studio's list does on scroll: the same element, new author, link and text.
    await page.evaluate(() => {
      const comment = document.querySelector('ytcp-comment')!;
      comment.querySelector('.author-text')!.textContent = '@per-recycled';
      comment.querySelector('#name')!.setAttribute('href', 'https://www.youtube.com/channel/UCdemoPerRecycled0000001');
      comment.querySelector('.published-time-text a')!.setAttribute('href', 'https://www.youtube.com/watch?v=dEm0Sj0v1k0&lc=UgxDEMOrecycled0001AaABAg');
      comment.querySelector('#content-text')!.textContent = 'Ett annat inlägg i samma nod.';
    });
    const button = page.getByRole('button', { name: 'Fånga kommentar av @per-recycled' });
    await button.waitFor();
    expect(await page.getByRole('button', { name: 'Fånga kommentar av @karin-exempel' }).count()).toBe(0);

    await button.click();
    await expect.poll(() => statusOf(button).textContent()).toBe('Sparad');
    const q = await b.context.newPage();
    await q.goto(b.extensionUrl('queue.html'));
    const { records } = (await readStore(q)) as { records: CaptureRecord[] };
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ platform: 'youtube-studio', author: '@per-recycled', text: 'Ett annat inlägg i samma nod.', itemId: 'UgxDEMOrecycled0001AaABAg' });
  });
});
