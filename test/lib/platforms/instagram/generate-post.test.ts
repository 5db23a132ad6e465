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
});
