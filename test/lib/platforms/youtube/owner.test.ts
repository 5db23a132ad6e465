// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { youtube } from '../../../../lib/platforms/youtube';
import { channelUrlOf } from '../../../../lib/platforms/youtube/owner';
import { load } from './load';

const WATCH = 'https://www.youtube.com/watch?v=dEm0Sj0v1k0';
const owners = (doc: Document, url?: string) => youtube.ownerUrls!(doc, url);

describe('youtube: whose channel a watch page is on (the video owner, from the header)', () => {
  it.each(['youtube/watch.sv.html', 'youtube/watch.en.html', 'youtube/reply.sv.html', 'youtube/watch-broken.sv.html'])('%s: the owner\'s handle, once', (fixture) => {
    const doc = load(fixture);
    expect(owners(doc, WATCH)).toEqual(['https://www.youtube.com/@sjovikskommun']);
    // With the address's fragment or other parameters, and with the document's own URL.
    expect(owners(doc, `${WATCH}&t=42s#comments`)).toEqual(['https://www.youtube.com/@sjovikskommun']);
    expect(owners(doc)).toEqual(['https://www.youtube.com/@sjovikskommun']);
  });

  it('never from the comments: without the header, the owner\'s badge and the authors\' links give nothing', () => {
    const doc = load('youtube/watch.sv.html');
    // The comments link /@sjovikskommun (the owner's replies, its badge) and each author.
    expect(doc.querySelectorAll('ytd-comments a[href="/@sjovikskommun"]').length).toBeGreaterThan(0);
    doc.querySelector('ytd-watch-metadata #owner')!.remove();
    expect(owners(doc, WATCH)).toEqual([]);
  });

  it('a header still showing another video (in-page navigation under way) gives nothing', () => {
    const doc = load('youtube/watch.sv.html');
    expect(owners(doc, 'https://www.youtube.com/watch?v=nEwV1de0001')).toEqual([]);
  });

  it('the real 2021 capture holds only comments: no owner, and no commenter taken for one', () => {
    expect(owners(load('youtube/watch-comments-legacy-2021.html'), 'https://www.youtube.com/watch?v=1-emQo-7O3Y')).toEqual([]);
  });

  describe('first load, a channel without a handle (watch-first-load.sv.html)', () => {
    const url = 'https://www.youtube.com/watch?v=bIbL10tEk01';

    it('the header\'s /channel/UC… link, and the microdata\'s id (the same) and handle', () => {
      expect(owners(load('youtube/watch-first-load.sv.html'), url)).toEqual([
        'https://www.youtube.com/channel/UCdemoSjoviksBibliotek01',
        'https://www.youtube.com/@sjoviksbibliotek',
      ]);
    });

    it('after in-page navigation to another channel\'s video, the stale microdata is not read', () => {
      const doc = load('youtube/watch-first-load.sv.html');
      doc.querySelector('ytd-watch-flexy')!.setAttribute('video-id', 'nEwV1de0001');
      for (const a of doc.querySelectorAll('ytd-watch-metadata #owner a')) a.setAttribute('href', '/@annankanal');
      expect(owners(doc, 'https://www.youtube.com/watch?v=nEwV1de0001')).toEqual(['https://www.youtube.com/@annankanal']);
    });

    it('microdata alone (header not rendered yet) counts only when its video is the page\'s', () => {
      const doc = load('youtube/watch-first-load.sv.html');
      doc.querySelector('ytd-watch-metadata')!.remove();
      expect(owners(doc, url)).toEqual(['https://www.youtube.com/channel/UCdemoSjoviksBibliotek01', 'https://www.youtube.com/@sjoviksbibliotek']);
      // Without the page's video id the microdata cannot be told current: not read.
      expect(owners(doc, 'https://www.youtube.com/watch')).toEqual([]);
    });
  });

  it('the 2021 header (ytd-video-owner-renderer without ytd-watch-metadata): /user/ and /c/ links', () => {
    const doc = document.implementation.createHTMLDocument('');
    const info = doc.body.appendChild(doc.createElement('ytd-video-secondary-info-renderer'));
    const renderer = info.appendChild(doc.createElement('ytd-video-owner-renderer'));
    for (const href of ['/user/SjovikKommun', '/c/SjovikKommun']) renderer.appendChild(doc.createElement('a')).setAttribute('href', href);
    expect(owners(doc, WATCH)).toEqual(['https://www.youtube.com/user/SjovikKommun', 'https://www.youtube.com/c/SjovikKommun']);
  });
});

describe('channelUrlOf: channel links only', () => {
  it.each([
    ['/@sjovikskommun', 'https://www.youtube.com/@sjovikskommun'],
    ['/@sjovikskommun/videos', 'https://www.youtube.com/@sjovikskommun'],
    ['https://m.youtube.com/channel/UCdemoSjoviksKommun00001/featured', 'https://www.youtube.com/channel/UCdemoSjoviksKommun00001'],
    ['http://www.youtube.com/user/SjovikKommun', 'https://www.youtube.com/user/SjovikKommun'],
    ['/c/SjovikKommun?sub_confirmation=1', 'https://www.youtube.com/c/SjovikKommun'],
    ['https://studio.youtube.com/channel/UCdemoSjoviksKommun00001/videos', 'https://www.youtube.com/channel/UCdemoSjoviksKommun00001'],
    ['https://youtube.com/channel/UCdemoSjoviksKommun00001/', 'https://www.youtube.com/channel/UCdemoSjoviksKommun00001'],
  ])('%s → %s', (href, url) => expect(channelUrlOf(href)).toBe(url));

  it.each([
    '/watch?v=dEm0Sj0v1k0',
    '/@',
    '/channel/notanid',
    '/playlist?list=PL123',
    'https://youtu.be/dEm0Sj0v1k0',
    'https://studio.youtube.com/video/dEm0Sj0v1k0/comments',
    'https://studio.youtube.com/@sjovikskommun',
    'https://www.youtube.com.evil.example/@sjovikskommun',
    'https://evil.example/channel/UCdemoSjoviksKommun00001',
    'javascript:alert(1)//@x',
    '',
    null,
  ])('%s → nothing', (href) => expect(channelUrlOf(href)).toBeUndefined());
});
