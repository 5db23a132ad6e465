/**
 * Whose post a page shows (issue 6, "last activity seen"): `/p/{code}/` and `/reel/{code}/` do
 * not name the account, the post's header does. The post is the dialog, article or main that
 * links the address's shortcode (a post opened over a profile or the feed has other posts, or
 * the profile's own header, behind it); its author is the header's first profile link, else,
 * where no `header` element stands, the first profile link before the first comment's row (the
 * header and the caption come before the comments). A commenter is never taken for the author.
 */
import { profileName, rowOf } from './row';
import { commentTimeList, origin, postContainer, postHeaderLink } from './selectors';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so no global `Node` is needed. */
const FOLLOWING = 4;

/** The post's shortcode in the address: `/p/{code}/`, `/reel/{code}/`, also after `/{user}/`. */
function shortcodeOf(pageUrl: string): string | undefined {
  try {
    return /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reels?|tv)\/([A-Za-z0-9_-]+)/.exec(new URL(pageUrl).pathname)?.[1];
  } catch {
    return undefined;
  }
}

function postOf(doc: Document, code: string | undefined): Element | null {
  // The code is [A-Za-z0-9_-] only: safe inside the quoted attribute value.
  const own = code ? `a[href*="/${code}/"]` : null;
  for (const selector of postContainer) {
    for (const el of doc.querySelectorAll(selector)) if (!own || el.querySelector(own)) return el;
  }
  return null;
}

const profileUrl = (a: Element): string | undefined => {
  const name = profileName(a.getAttribute('href'));
  return name ? `${origin}/${name}/` : undefined;
};

export function ownerUrls(doc: Document, pageUrl: string = doc.URL): string[] {
  const post = postOf(doc, shortcodeOf(pageUrl));
  if (!post) return [];
  for (const selector of postHeaderLink) {
    for (const a of post.querySelectorAll(selector)) {
      const url = profileUrl(a);
      if (url) return [url];
    }
  }
  // No header element: the first profile link before the first comment's row (the header's,
  // else the caption's), never one inside a comment row.
  const time = post.querySelector(commentTimeList);
  const row = time && rowOf(time);
  if (!row) return [];
  for (const a of post.querySelectorAll('a[href]')) {
    if (!(a.compareDocumentPosition(row) & FOLLOWING) || row.contains(a)) break;
    const url = profileUrl(a);
    if (url) return [url];
  }
  return [];
}
