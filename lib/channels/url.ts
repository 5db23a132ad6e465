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
