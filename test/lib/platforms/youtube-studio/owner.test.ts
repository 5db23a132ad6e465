// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { youtubeStudio } from '../../../../lib/platforms/youtube-studio';
import { load } from './load';

const CHANNEL = 'https://www.youtube.com/channel/UCdemoSjoviksKommun00001';
const owners = (doc: Document, url?: string) => youtubeStudio.ownerUrls!(doc, url);

describe('youtube studio: which channel a page manages', () => {
  it.each(['youtube-studio/comments.sv.html', 'youtube-studio/comments.en.html', 'youtube-studio/reply.sv.html'])('%s: the channel id in the address', (fixture) => {
    const doc = load(fixture);
    expect(owners(doc, 'https://studio.youtube.com/channel/UCdemoSjoviksKommun00001/comments/inbox')).toEqual([CHANNEL]);
    expect(owners(doc, 'https://studio.youtube.com/channel/UCdemoSjoviksKommun00001')).toEqual([CHANNEL]);
  });

  it('never the commenters\' channels: a video page whose frame names no channel gives nothing', () => {
    const doc = load('youtube-studio/comments.sv.html');
    expect(doc.querySelectorAll('ytcp-comment a[href*="/channel/UC"]').length).toBe(5);
    expect(owners(doc, 'https://studio.youtube.com/video/dEm0Sj0v1k0/comments')).toEqual([]);
    expect(owners(doc, 'https://studio.youtube.com/channel/notanid/comments')).toEqual([]);
  });

  it('a video\'s page (video-comments.sv.html): the channel from Studio\'s frame (logo, drawer), not the address', () => {
    const doc = load('youtube-studio/video-comments.sv.html');
    expect(owners(doc, 'https://studio.youtube.com/video/dEm0Sj0v1k0/comments')).toEqual([CHANNEL]);
    // Karin's and Olle's channels stand in the comments.
    expect(owners(doc, 'https://studio.youtube.com/video/dEm0Sj0v1k0/comments').join(' ')).not.toMatch(/Karin|Olle/);
  });
});
