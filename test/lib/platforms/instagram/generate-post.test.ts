// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { instagram } from '../../../../lib/platforms/instagram';
import { instagramPost, instagramPostItems, POST_URL } from '../../../fixtures/instagram/generate-post.mjs';

interface Expected { kind: string; own: boolean; parentItemId?: string; author: string; authorUrl: string; text: string; itemId: string; permalink: string; publishedText: string; publishedAt: string }

// The benchmark's page (test/bench/overlay.mjs) must be one the adapter reads in full, or the
// figures measure a half-decorated page.
describe('generated Instagram post (test/fixtures/instagram/generate-post.mjs)', () => {
  const doc = new DOMParser().parseFromString(instagramPost(2000), 'text/html');
  const expected = instagramPostItems(2000) as Expected[];

  it('the adapter reads all 2,000 comments and replies, each with author, text and id as generated', () => {
    const readings = instagram.findItems(doc).map((el) => instagram.read(el));
    expect(readings).toHaveLength(2000);
    expect(expected).toHaveLength(2000);
    readings.forEach((r, n) => {
      const e = expected[n]!;
      expect(r).toEqual({
        kind: e.kind,
        byOwner: e.own,
        parentItemId: e.parentItemId,
        author: e.author,
        authorUrl: e.authorUrl,
        text: e.text,
        permalink: e.permalink,
        itemId: e.itemId,
        publishedText: e.publishedText,
        publishedAt: e.publishedAt,
        parent: { permalink: POST_URL },
      });
    });
    expect(new Set(readings.map((r) => r?.itemId)).size).toBe(2000);
    expect(readings.filter((r) => r?.kind === 'reply').length).toBe(2 * 400);
    expect(readings.some((r) => r?.text.includes('\n'))).toBe(true);
  }, 60_000); // jsdom reads 2,000 items in some seconds; more on a busy machine

  it('finds the same rows while steady, whole or root by root as the parser hands them over, with photos in the comments', () => {
    const page = new DOMParser().parseFromString(instagramPost(400, { photos: true }), 'text/html');
    const loose = instagram.findItems(page);
    expect(loose.length).toBe(400);
    let whole: Element[] = [];
    let byRoot: Element[] = [];
    instagram.steady!(() => {
      whole = instagram.findItems(page);
    });
    // The comment list's children, each a root of its own (parse-watcher.ts), then the list.
    const list = loose[0]!.closest('.comments')!;
    instagram.steady!(() => {
      for (const child of list.children) byRoot.push(...instagram.findItems(child));
      byRoot = [...new Set([...byRoot, ...instagram.findItems(list)])];
    });
    expect(whole).toEqual(loose);
    expect(byRoot).toEqual(loose);
    // A row still being parsed hands over its columns one by one: the one with the time holds
    // no avatar, and the climb from it must look beyond it (it once took the whole list as a row).
    const byColumn: Element[] = [];
    for (const row of loose.slice(0, 40)) {
      for (const el of row.querySelectorAll('*')) instagram.steady!(() => byColumn.push(...instagram.findItems(el)));
    }
    expect(byColumn.length).toBeGreaterThan(40);
    expect(byColumn.filter((row) => !loose.includes(row))).toEqual([]);
  });
});
