/**
 * Whose channel a watch page is on (issue 6, "last activity seen"): the address
 * (/watch?v=…) does not say, the video owner's links in the header do. Only the page's own
 * markup is read, never a comment's: the owner's badge on its own comments is not looked at.
 */
import {
  legacyOwnerLink,
  microdataAuthorUrl,
  microdataChannelId,
  microdataVideoId,
  origin,
  ownerLink,
  videoMicrodata,
  watchFlexy,
  watchMetadata,
} from './selectors';

/** Owner URLs reported per page, at most (a video has one owner; collaborations a few). */
const MAX_OWNERS = 4;

/** A channel address in the form channelUrlOf returns. */
const CANONICAL_CHANNEL = /^https:\/\/www\.youtube\.com\/(?:@[\w.-]+|channel\/UC[\w-]{10,}|(?:c|user)\/[\w.-]+)$/;

/**
 * The channel a link names, as `https://www.youtube.com/{@handle | channel/UC… | c/name | user/name}`,
 * or undefined for any other link (a video, a playlist, another site). Studio's
 * `studio.youtube.com/channel/UC…` names the same channel.
 */
export function channelUrlOf(href: string | null | undefined, base = origin): string | undefined {
  if (!href) return undefined;
  // Already in the form returned (a comment's author, once made absolute): no URL parse.
  if (CANONICAL_CHANNEL.test(href)) return href;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  const studio = host === 'studio.youtube.com';
  if (!studio && !/^((www|m)\.)?youtube\.com$/.test(host)) return undefined;
  const m = /^\/(?:(@[^/]+)|(channel\/UC[\w-]{10,})|((?:c|user)\/[^/]+))(?:\/|$)/.exec(url.pathname);
  if (!m || (studio && !m[2])) return undefined;
  return `${origin}/${m[1] ?? m[2] ?? m[3]}`;
}

/** The `v` parameter of a watch address. */
function videoIdOf(pageUrl: string): string | undefined {
  try {
    return new URL(pageUrl).searchParams.get('v') || undefined;
  } catch {
    return undefined;
  }
}

function attr(scope: ParentNode, selectors: readonly string[], name: string): string | undefined {
  for (const selector of selectors) {
    const value = scope.querySelector(selector)?.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

export function ownerUrls(doc: Document, pageUrl: string = doc.URL): string[] {
  const urls = new Set<string>();
  const add = (url: string | undefined) => {
    if (url && urls.size < MAX_OWNERS) urls.add(url);
  };
  const videoId = videoIdOf(pageUrl);
  // After in-page navigation the header can still show the previous video for a moment: its
  // owner is not this page's. (Unknown on either side: trust the header.)
  const shown = attr(doc, watchFlexy, 'video-id');
  if (videoId && shown && shown !== videoId) return [];

  const links = doc.querySelector(watchMetadata.join(', ')) ? ownerLink : [...ownerLink, ...legacyOwnerLink];
  for (const selector of links) {
    for (const a of doc.querySelectorAll(selector)) add(channelUrlOf(a.getAttribute('href')));
    if (urls.size) break;
  }

  // The first-loaded video's microdata adds the channel id (the header links the handle): only
  // when it is this page's video, as in-page navigation leaves it as it was.
  for (const selector of videoMicrodata) {
    const data = doc.querySelector(selector);
    if (!data) continue;
    if (videoId && attr(data, microdataVideoId, 'content') === videoId) {
      const id = attr(data, microdataChannelId, 'content');
      if (id && /^UC[\w-]{10,}$/.test(id)) add(`${origin}/channel/${id}`);
      add(channelUrlOf(attr(data, microdataAuthorUrl, 'href')));
    }
    break;
  }
  return [...urls];
}
