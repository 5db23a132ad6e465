// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { instagram } from '../../../../lib/platforms/instagram';
import { load } from './load';

const POST = 'https://www.instagram.com/p/DEMOsjovik1/';
const owners = (doc: Document, url?: string) => instagram.ownerUrls!(doc, url);

describe('instagram: whose post a page shows (the author in the post header)', () => {
  it.each(['instagram/post.sv.html', 'instagram/post.en.html', 'instagram/reply.sv.html', 'instagram/post-broken.sv.html'])('%s: the author\'s profile, once', (fixture) => {
    const doc = load(fixture);
    expect(owners(doc, POST)).toEqual(['https://www.instagram.com/sjoviks_kommun/']);
    // As a reel, with parameters, under the 2024 /{user}/p/{code}/ form.
    expect(owners(doc, 'https://www.instagram.com/reel/DEMOsjovik1/?igsh=abc')).toEqual(['https://www.instagram.com/sjoviks_kommun/']);
    expect(owners(doc, 'https://www.instagram.com/sjoviks_kommun/p/DEMOsjovik1/')).toEqual(['https://www.instagram.com/sjoviks_kommun/']);
  });

  it('a page whose post is not the one shown (another shortcode) gives nothing', () => {
    expect(owners(load('instagram/post.sv.html'), 'https://www.instagram.com/p/OTHERcode99/')).toEqual([]);
  });

  it('never a commenter: with the header gone, the caption\'s author; with the caption gone too, nothing', () => {
    const doc = load('instagram/post.sv.html');
    doc.querySelector('.header')!.remove();
    expect(owners(doc, POST)).toEqual(['https://www.instagram.com/sjoviks_kommun/']);
    doc.querySelector('.caption')!.remove();
    // Only comment rows are left; the first row's avatar (lisa.exempelsson) is a commenter's.
    expect(owners(doc, POST)).toEqual([]);
  });

  it('the real 2025-11 capture is one comment row, with no post around it: nothing', () => {
    expect(owners(load('instagram/post-comment-2025-11.html'), 'https://www.instagram.com/p/DPPr8SID-Dd/')).toEqual([]);
  });

  describe('a `header` element, a dialog over the feed (post-header.sv.html)', () => {
    const doc = load('instagram/post-header.sv.html');

    it('the dialog\'s post: its header\'s author, not the account tagged in the media before it, nor the feed behind', () => {
      expect(owners(doc, 'https://www.instagram.com/p/DEMOsjovik2/')).toEqual(['https://www.instagram.com/sjoviks_kommun/']);
    });

    it('the address picks the post: the feed post\'s own header', () => {
      expect(owners(doc, 'https://www.instagram.com/p/DEMObibl01/')).toEqual(['https://www.instagram.com/sjoviks_bibliotek/']);
    });
  });
});
