import { describe, expect, it } from 'vitest';
import { parseCommentLink } from '../../../../lib/platforms/youtube/url';
import { channelUrlOf } from '../../../../lib/platforms/youtube/owner';

// The links as YouTube writes them are read without a URL parse (a third of reading a comment,
// bench). These tests hold the fast path to what the URL API itself gives, for the common shapes
// and for the shapes that must not take it.
const viaUrl = (href: string) => {
  const url = new URL(href, 'https://www.youtube.com');
  return { videoId: url.searchParams.get('v') || undefined, commentId: url.searchParams.get('lc') || undefined };
};

describe('youtube: comment links read without a URL parse give what the URL API gives', () => {
  it.each([
    '/watch?v=dEm0Sj0v1k0&lc=UgxAbC-d_123',
    '/watch?v=dEm0Sj0v1k0&lc=UgxAbC-d_123.AbCdEf9_-x',
    'https://www.youtube.com/watch?v=dEm0Sj0v1k0&lc=Ugz1',
    // Shapes the fast path leaves to the URL API: encoded ids, other order, more parameters, a fragment, another host.
    '/watch?v=dEm0Sj0v1k0&lc=Ugx%2EAbC',
    '/watch?v=a+b&lc=c',
    '/watch?lc=UgxAbC&v=dEm0Sj0v1k0',
    '/watch?v=dEm0Sj0v1k0&lc=UgxAbC&t=42s',
    '/watch?v=dEm0Sj0v1k0&lc=UgxAbC#x',
    'https://evil.example/watch?v=dEm0Sj0v1k0&lc=UgxAbC',
    '//evil.example/watch?v=dEm0Sj0v1k0&lc=UgxAbC',
    '/watch?v=&lc=UgxAbC',
  ])('%s', (href) => {
    expect(parseCommentLink(href)).toEqual(viaUrl(href));
  });
});

describe('youtube: a channel address already in its returned form is returned as it is', () => {
  it.each([
    'https://www.youtube.com/@sjovikskommun',
    'https://www.youtube.com/@a.b-c_d',
    'https://www.youtube.com/channel/UC1234567890abcdefGHIJ',
    'https://www.youtube.com/c/Sjovik',
    'https://www.youtube.com/user/sjovik',
  ])('%s', (href) => {
    expect(channelUrlOf(href)).toBe(href);
    // The same through the URL path (a trailing slash does not take the fast path).
    expect(channelUrlOf(`${href}/`)).toBe(href);
  });

  it.each([
    ['https://www.youtube.com/@sjovik/videos', 'https://www.youtube.com/@sjovik'],
    ['https://WWW.YouTube.com/@sjovik', 'https://www.youtube.com/@sjovik'],
    ['https://www.youtube.com/@sj%C3%B6vik', 'https://www.youtube.com/@sj%C3%B6vik'],
    ['https://www.youtube.com/@sjövik', 'https://www.youtube.com/@sj%C3%B6vik'],
    ['https://www.youtube.com/watch?v=dEm0Sj0v1k0', undefined],
    ['https://www.youtube.com/channel/UCshort', undefined],
    ['https://evil.example/@sjovik', undefined],
  ])('%s, through the URL API: %s', (href, expected) => {
    expect(channelUrlOf(href)).toBe(expected);
  });
});
