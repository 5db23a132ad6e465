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

/** The absolute address of a link on the page, or undefined when it is not a web address. */
export function pageUrl(href: string | null): string | undefined {
  if (href && PLAIN_PATH.test(href)) return origin + href;
  return absoluteUrl(href, origin);
}

/** The path of an absolute Instagram address made by `pageUrl`. */
export function pathOf(url: string): string {
  return url.startsWith(`${origin}/`) && PLAIN_PATH.test(url.slice(origin.length)) ? url.slice(origin.length) : new URL(url).pathname;
}
