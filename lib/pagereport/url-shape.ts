import { nameShape, shape } from './shape';

/**
 * Hosts kept as they are: the sites the adapters read and the hosts they load from. Any other
 * host (a commenter's own site) is shaped like text.
 */
export const KNOWN_HOSTS: ReadonlySet<string> = new Set([
  'www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'business.facebook.com', 'facebook.com',
  'l.facebook.com', 'static.xx.fbcdn.net', 'scontent.xx.fbcdn.net',
  'www.instagram.com', 'instagram.com', 'l.instagram.com', 'static.cdninstagram.com',
  'www.youtube.com', 'youtube.com', 'm.youtube.com', 'studio.youtube.com', 'youtu.be',
  'i.ytimg.com', 'yt3.ggpht.com', 'yt3.googleusercontent.com', 'www.gstatic.com',
]);

/**
 * Path segments kept as they are: the words the sites' URLs are built from (DOM-NOTES.md), never
 * a name. Everything else in a path (names, handles, ids) becomes a placeholder.
 */
export const KNOWN_SEGMENTS: ReadonlySet<string> = new Set([
  'p', 'reel', 'reels', 'c', 'r', 'tv', 'stories', 'explore', 'tags', 'accounts',
  'posts', 'photos', 'photo', 'photo.php', 'videos', 'video.php', 'watch', 'permalink',
  'permalink.php', 'story.php', 'profile.php', 'people', 'groups', 'pages', 'events', 'reel.php',
  'comment', 'comments', 'hashtag', 'share', 'inbox', 'latest', 'home', 'notifications',
  'channel', 'shorts', 'live', 'playlist', 'results', 'feed', 'user', 'video', 'videos',
  'content', 'analytics', 'community', 'editing', 'details', 'about', 'featured', 'streams',
  'business', 'messages', 'messenger', 'id', 'a', 'l.php', 'vi', 'hqdefault.jpg', 'rsrc.php',
]);

function segmentShape(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape is shaped as written.
  }
  if (KNOWN_SEGMENTS.has(decoded)) return decoded;
  // A handle keeps its @ so "/@handle" is told from "/name".
  if (decoded.startsWith('@') && decoded.length > 1) return `@{${shape(decoded.slice(1))}}`;
  return `{${shape(decoded)}}`;
}

/**
 * "https://www.facebook.com/karin/posts/pfbid02X?comment_id=2001" →
 * "https://www.facebook.com/{a ×5}/posts/{a9 ×9}?comment_id={9 ×4}": how the URL is built,
 * with nothing in it that names anyone. `base` resolves relative links; a relative link keeps
 * its relativity so a maintainer sees which the page uses.
 */
export function urlShape(value: string, base?: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  if (trimmed.startsWith('#')) return `#{${shape(trimmed.slice(1))}}`;
  let url: URL;
  try {
    url = new URL(trimmed, base ?? 'https://relative.invalid/');
  } catch {
    return `{${shape(trimmed)}}`;
  }
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  if (!['http:', 'https:'].includes(url.protocol)) return `${url.protocol}{${shape(trimmed.slice(url.protocol.length))}}`;
  const origin = relative ? '' : `${url.protocol}//${KNOWN_HOSTS.has(url.hostname) ? url.hostname : `{${shape(url.hostname)}}`}`;
  const path = url.pathname.split('/').map((s) => (s === '' ? '' : segmentShape(s))).join('/');
  const query = [...url.searchParams.entries()].map(([k, v]) => `${nameShape(k)}=${v === '' ? '' : `{${shape(v)}}`}`);
  const hash = url.hash.length > 1 ? `#{${shape(url.hash.slice(1))}}` : '';
  return `${origin}${path}${query.length > 0 ? `?${query.join('&')}` : ''}${hash}`;
}
