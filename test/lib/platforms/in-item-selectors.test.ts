import { describe, expect, it } from 'vitest';
import * as youtube from '../../../lib/platforms/youtube/selectors';
import * as studio from '../../../lib/platforms/youtube-studio/selectors';

/**
 * Selectors queried inside one comment must not end in an id (`#author-text`): YouTube repeats
 * the same ids in every comment, and Chromium answers such a query by visiting every element of
 * the page with that id (issue 3: 97 ms while scrolling through 180 comments on a page of
 * 2,000); so does `[id="author-text"]`. `:is(#author-text)` matches the same elements and
 * looks in the comment only.
 */
const IN_ITEM = {
  youtube: [youtube.replies, youtube.authorLink, youtube.contentText, youtube.publishedLink, youtube.replyButton, youtube.replyBox],
  'youtube-studio': [studio.authorName, studio.authorLink, studio.contentText, studio.publishedTime, studio.commentLink, studio.videoThumbnail, studio.videoTitle, studio.videoLink, studio.replyButton, studio.replyBox],
};

/** The last compound of a selector list's selectors (`a.b > c#d` → `c#d`). */
const lastCompounds = (selector: string) => selector.split(',').map((s) => s.trim().split(/\s*[\s>+~]\s*/).pop() ?? '');

describe('selectors queried inside a comment', () => {
  for (const [site, lists] of Object.entries(IN_ITEM)) {
    it(`on ${site}, none ends in a bare #id or [id=…]`, () => {
      const all = lists.flat();
      expect(all.length).toBeGreaterThan(5);
      const bare = (compound: string) => compound.replace(/:is\([^)]*\)/g, '');
      const endingInId = all.filter((sel) => lastCompounds(sel).some((c) => /#[A-Za-z]|\[id[\]=]/.test(bare(c))));
      expect(endingInId).toEqual([]);
    });
  }
});
