import { describe, expect, it } from 'vitest';
import { pageLink } from '../../../../lib/platforms/instagram/page-url';
import { absoluteUrl } from '../../../../lib/platforms/text';

// The links as Instagram writes them are joined to the origin without a URL parse. These tests
// hold that to what the URL API gives, for the page's own shapes and for those that must not
// take the short way.
const origin = 'https://www.instagram.com';

describe('instagram: page links made absolute without a URL parse give what the URL API gives', () => {
  it.each([
    '/p/DEMObench01/c/18000000000100000/',
    '/p/DEMObench01/c/18000000000100000/r/18000000000100001/',
    '/p/C_x-y.z/c/1/',
    '/anna.andersson0/',
    '/sjovik_kommun',
    '/a..b/',
    '/.hidden/',
    // Shapes left to the URL API: dot segments, a query, a fragment, an escape, other hosts, schemes.
    '/../',
    '/./p/',
    '/p/../sjovik/',
    '/p/x/c/1/?hl=sv',
    '/p/x/c/1/#top',
    '/p/x%2F/c/1/',
    '/p//c/1/',
    '//evil.example/p/x/',
    'https://evil.example/p/x/c/1/',
    'https://www.instagram.com/p/x/c/1/',
    'javascript:alert(1)',
    'p/x/c/1/',
    '/p/ä/c/1/',
    '',
  ])('%s', (href) => {
    const expected = absoluteUrl(href, origin);
    expect(pageLink(href)?.url).toBe(expected);
    if (expected) expect(pageLink(href)?.path).toBe(new URL(expected).pathname);
  });

  it('gives nothing for no link', () => {
    expect(pageLink(null)).toBeUndefined();
  });
});
