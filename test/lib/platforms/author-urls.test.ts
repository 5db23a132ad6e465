// Issue 22: a wrong field is worse than an empty one. Every shape of author link the sites use,
// relative and absolute, read by each adapter from its own fixture, must come out exact.
import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../../lib/platforms/types';
import { facebook } from '../../../lib/platforms/facebook';
import { instagram } from '../../../lib/platforms/instagram';
import { youtube } from '../../../lib/platforms/youtube';
import { youtubeStudio } from '../../../lib/platforms/youtube-studio';
import { fixtureDocument } from '../../support/fixtures';

type Case = [href: string, expected: string | undefined];

/** The first item's author links (name and avatar: every link to the address the adapter read) set to `href`, read again. */
function authorUrlWith(adapter: Adapter, fixture: string, pageUrl: string, href: string): string | undefined {
  const doc = fixtureDocument(fixture, pageUrl);
  const item = adapter.findItems(doc)[0]!;
  const before = new URL(adapter.read(item)!.authorUrl!);
  const path = (u: URL) => u.origin.replace('studio.', 'www.') + u.pathname;
  const links = Array.from(item.querySelectorAll('a[href]')).filter((a) => path(new URL(a.getAttribute('href')!, pageUrl)) === path(before));
  if (links.length === 0) throw new Error(`no author link for ${before.href} in ${fixture}`);
  for (const a of links) a.setAttribute('href', href);
  return adapter.read(item)?.authorUrl;
}

const sites: { name: string; adapter: Adapter; fixture: string; pageUrl: string; cases: Case[] }[] = [
  {
    name: 'facebook',
    adapter: facebook,
    fixture: 'facebook/page-feed.sv.html',
    pageUrl: 'https://www.facebook.com/tyresokommun',
    cases: [
      ['/karin.lindqvist', 'https://www.facebook.com/karin.lindqvist'],
      // An empty query still loses its "?" (the address with nothing to take away is kept as parsed).
      ['/karin.lindqvist?', 'https://www.facebook.com/karin.lindqvist'],
      ['/karin.lindqvist?#', 'https://www.facebook.com/karin.lindqvist#'],
      ['/karin.lindqvist?comment_id=Y29tbWVudDox&__cft__[0]=AZX&__tn__=R]-R', 'https://www.facebook.com/karin.lindqvist'],
      ['https://www.facebook.com/karin.lindqvist?__tn__=%2CmR', 'https://www.facebook.com/karin.lindqvist'],
      ['/profile.php?id=100000000000042', 'https://www.facebook.com/profile.php?id=100000000000042'],
      // The shape the held-out check found: Facebook's tracking appended with a second "?".
      ['/profile.php?id=100000000000042?comment_id=Y29tbWVudDox&__cft__[0]=AZX', 'https://www.facebook.com/profile.php?id=100000000000042'],
      ['https://www.facebook.com/profile.php?id=100000000000042&comment_id=2001&__tn__=R', 'https://www.facebook.com/profile.php?id=100000000000042'],
      ['/people/Karin-Lindqvist/100000000000042/', 'https://www.facebook.com/people/Karin-Lindqvist/100000000000042/'],
      ['https://www.facebook.com/people/Karin-Lindqvist/100000000000042/?comment_id=2001', 'https://www.facebook.com/people/Karin-Lindqvist/100000000000042/'],
    ],
  },
  {
    name: 'instagram',
    adapter: instagram,
    fixture: 'instagram/post.sv.html',
    pageUrl: 'https://www.instagram.com/p/C0dexample/',
    cases: [
      ['/karin.lindqvist/', 'https://www.instagram.com/karin.lindqvist/'],
      ['https://www.instagram.com/karin.lindqvist/', 'https://www.instagram.com/karin.lindqvist/'],
      ['/karin_lindqvist.92', 'https://www.instagram.com/karin_lindqvist.92'],
    ],
  },
  {
    name: 'youtube',
    adapter: youtube,
    fixture: 'youtube/watch.sv.html',
    pageUrl: 'https://www.youtube.com/watch?v=dEm0Sj0v1k0',
    cases: [
      ['/@karin-exempel', 'https://www.youtube.com/@karin-exempel'],
      ['https://www.youtube.com/@karin-exempel', 'https://www.youtube.com/@karin-exempel'],
      ['/channel/UCabcdefghijklmnopqrstuv', 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv'],
      ['https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv', 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv'],
    ],
  },
  {
    name: 'youtube-studio',
    adapter: youtubeStudio,
    fixture: 'youtube-studio/comments.sv.html',
    pageUrl: 'https://studio.youtube.com/channel/UCsjovik0000000000000000/comments',
    cases: [
      ['https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv', 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv'],
      ['https://www.youtube.com/@karin-exempel', 'https://www.youtube.com/@karin-exempel'],
      ['/channel/UCabcdefghijklmnopqrstuv', 'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv'],
    ],
  },
];

for (const site of sites) {
  describe(`author links read by the ${site.name} adapter`, () => {
    for (const [href, expected] of site.cases) {
      it(`${href} → ${expected}`, () => {
        expect(authorUrlWith(site.adapter, site.fixture, site.pageUrl, href)).toBe(expected);
      });
    }
  });
}
