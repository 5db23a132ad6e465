/**
 * Instagram's own links on a post page, made absolute. The page writes them root-relative and
 * plain (`/p/{code}/c/{id}/`, `/{user}/`): those are joined to the origin as written, which is
 * what the URL API gives for them; anything else (a query, a fragment, an escape, a dot segment,
 * another host) takes the URL API. Two URL parses a comment were a tenth of reading 100 arriving
 * comments (profile.mjs, APPEND=1).
 */
import { absoluteUrl } from '../text';
import { origin } from './selectors';

/** Root-relative, each segment of plain characters and none of dots only (`.`, `..` resolve away). */
const PLAIN_PATH = /^(?:\/(?!\.+(?:\/|$))[A-Za-z0-9._-]+)+\/?$/;

/** A link on the page as an absolute web address and its path, or undefined when it is none. */
export function pageLink(href: string | null): { url: string; path: string } | undefined {
  if (href && PLAIN_PATH.test(href)) return { url: origin + href, path: href };
  const url = absoluteUrl(href, origin);
  return url ? { url, path: new URL(url).pathname } : undefined;
}
