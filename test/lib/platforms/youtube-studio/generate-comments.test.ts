// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { youtubeStudio } from '../../../../lib/platforms/youtube-studio';
import { JSDOM } from 'jsdom';
import { STUDIO_URL, studioComments, studioCommentItems } from '../../../fixtures/youtube-studio/generate-comments.mjs';

interface Expected { kind: string; own: boolean; parentItemId?: string; author: string; authorUrl: string; text: string; itemId: string; permalink: string; publishedText: string; video: { id: string; title: string } }

// The benchmark's page (test/bench/overlay.mjs) must be one the adapter reads in full, or the
// figures measure a half-decorated page.
describe('generated YouTube Studio comment list (test/fixtures/youtube-studio/generate-comments.mjs)', () => {
  // At its own address, which names the channel whose Studio it is (its replies are the owner's).
  const doc = new JSDOM(studioComments(2000), { url: STUDIO_URL }).window.document;
  const expected = studioCommentItems(2000) as Expected[];

  it('the adapter reads all 2,000 comments and replies, each with author, text, id and video as generated', () => {
    const readings = youtubeStudio.findItems(doc).map((el) => youtubeStudio.read(el));
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
        parent: { permalink: `https://www.youtube.com/watch?v=${e.video.id}`, text: e.video.title },
      });
    });
    expect(new Set(readings.map((r) => r?.itemId)).size).toBe(2000);
    expect(readings.filter((r) => r?.kind === 'reply').length).toBe(2 * 400);
    expect(readings.some((r) => r?.text.includes('\n'))).toBe(true);
  }, 60_000); // jsdom reads 2,000 items in some seconds; more on a busy machine
});
