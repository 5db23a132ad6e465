import { reservedPaths } from '../platforms/instagram/selectors';
import type { ChannelPlatform } from './schema';

/**
 * A URL reduced to what names a channel: host without www./web./m., path without a trailing
 * slash, lower case; no query or fragment. "Is this page on that channel" is then a prefix test
 * on path segments.
 */
export function channelKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase().replace(/^(www|web|m)\./, '');
  const path = decodeSafe(u.pathname).toLowerCase().replace(/\/+$/, '');
  return host + path;
}

function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** True when `pageUrl` is the channel's page or one below it (a post, a video). */
export function isOnChannel(pageUrl: string, channelUrl: string): boolean {
  const page = channelKey(pageUrl);
  const channel = channelKey(channelUrl);
  if (!page || !channel) return false;
  return page === channel || page.startsWith(channel + '/');
}

/**
 * The account a URL names, where the site has account addresses: YouTube's
 * `youtube.com/@handle`, `/channel/UC…` (also Studio's `studio.youtube.com/channel/UC…`), `/c/name`
 * and `/user/name`, Instagram's `instagram.com/{user}`; whatever follows (a tab such as
 * `/videos`, `/featured`, `/reels`) is dropped. Case, www./m., a trailing slash, query and
 * fragment do not count (channelKey). Each YouTube form is its own name: a handle equals a
 * handle, an id an id (the page does not say which id a handle stands for). Null elsewhere.
 */
export function accountKey(url: string): string | null {
  const key = channelKey(url);
  if (!key) return null;
  const [host, first, second] = key.split('/');
  if (host === 'youtube.com' || host === 'studio.youtube.com') {
    if (host === 'youtube.com' && first && first.length > 1 && first.startsWith('@')) return `youtube.com/${first}`;
    if (first === 'channel' && second && /^uc[\w-]{10,}$/.test(second)) return `youtube.com/channel/${second}`;
    if (host === 'youtube.com' && (first === 'c' || first === 'user') && second) return `youtube.com/${first}/${second}`;
    return null;
  }
  if (host === 'instagram.com' && first && /^[a-z0-9._]{1,30}$/.test(first) && !reservedPaths.has(first)) return `instagram.com/${first}`;
  return null;
}

/** The site a URL is on: its host's last two labels (studio.youtube.com is youtube.com). */
function siteOf(url: string): string | null {
  const host = channelKey(url)?.split('/')[0];
  return host ? host.split('.').slice(-2).join('.') : null;
}

/**
 * True when a page belongs to the channel: the page is on the channel's URL (isOnChannel), or
 * the page, or one of the owners its markup names (`ownerUrls`, lib/platforms), is the
 * channel's account (accountKey) or on its URL. Owners on another site than the page are not
 * taken from it.
 */
export function isPageOfChannel(pageUrl: string, ownerUrls: readonly string[], channelUrl: string): boolean {
  if (isOnChannel(pageUrl, channelUrl)) return true;
  const account = accountKey(channelUrl);
  if (account !== null && accountKey(pageUrl) === account) return true;
  const site = siteOf(pageUrl);
  if (!site) return false;
  return ownerUrls.some((owner) => siteOf(owner) === site && (isOnChannel(owner, channelUrl) || (account !== null && accountKey(owner) === account)));
}

/** A first guess at the platform, for a channel added from the page one is on. */
export function platformOfChannelUrl(url: string): ChannelPlatform {
  const key = channelKey(url) ?? '';
  const host = key.split('/')[0] ?? '';
  if (/(^|\.)facebook\.com$/.test(host)) return 'facebook';
  if (/(^|\.)instagram\.com$/.test(host)) return 'instagram';
  if (/(^|\.)youtube\.com$/.test(host) || host === 'youtu.be') return 'youtube';
  if (/(^|\.)linkedin\.com$/.test(host)) return 'linkedin';
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return 'x';
  if (/(^|\.)issuu\.com$/.test(host)) return 'issuu';
  if (/(^|\.)wikipedia\.org$/.test(host)) return 'wikipedia';
  // Blogs live anywhere: the word in the host or the path is the best guess (the user can change it).
  if (/blog|wordpress|medium\.com/.test(key)) return 'blog';
  return 'other';
}
