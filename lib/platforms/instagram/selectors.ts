/**
 * Instagram markup, as selectors. Class names are obfuscated and change with every build, so
 * nothing here uses them: only links, time elements, `dir` and roles. Each list holds
 * alternatives, tried in order; each entry says which markup it matches and when it was seen.
 */

/** The comment's timestamp: the anchor every reading starts from. */
export const commentTime = [
  // 2025-11: `<a href="/p/{code}/c/{id}/"><time datetime="…Z">5w</time></a>`
  // (test/fixtures/instagram/post-comment-2025-11.html); replies link `/c/{parent}/r/{id}/`.
  'a[href*="/c/"] > time[datetime]',
];

/** The avatar: a profile link around an image, the left column of a comment row. */
export const avatar = [
  // 2025-11: `<a href="/{user}/" role="link"><img alt="{user}'s profile picture"></a>`
  'a[href] img',
];

/** Text spans; the comment's text is the one outside links, buttons and the header. */
export const textSpan = [
  // 2025-11: `<span dir="auto">Hey, is the notion link down again? …</span>`
  'span[dir="auto"]',
];

/** Elements whose text is never the comment's text (author name, "Reply", "See translation"). */
export const notText = [
  // 2025-11: author and time are links; Reply / "View all 5 replies" are `div[role=button]`.
  'a',
  '[role="button"]',
  // 2026-12-06: `button` removed: no fixture shows one (Instagram's are div[role=button]).
];

/** Where a comment row stops climbing: the post or dialog that holds the whole list. */
export const postBoundary = [
  // 2025-11: post pages wrap the post in `article` or a `[role=dialog]`; `main` on /p/ pages.
  'article',
  '[role="dialog"]',
  'main',
  'body',
];

/**
 * Where the post shown stands, most specific first: a post opened over a profile or the feed is
 * a dialog (the page behind holds other posts, or the profile's own header). The one that links
 * the post's shortcode is this page's post.
 */
export const postContainer = [
  // 2022–2025: `div[role="dialog"] article` (post opened from a grid or the feed)
  '[role="dialog"]',
  // 2022–2025: `main … article` on /p/{code}/ and /reel/{code}/ pages
  'article',
  'main',
];

/**
 * The post author's profile link in the post header; only the first is taken (a collaboration's
 * second author, or a "paid partnership with" brand, may follow it there).
 */
export const postHeaderLink = [
  // 2022–2025: `article … div._aasi > div > header … a[href="/{user}/"]` (avatar and name),
  // public scrapers' selectors, e.g. `div._aasi > div > header > div._aaqy._aaqz > … > a`;
  // classes change, the `header` element has stayed
  'header a[href]',
];

/** The post's comment box. */
export const commentBox = [
  // 2025-11: `<form><textarea aria-label="Add a comment…" placeholder="Add a comment…">`
  'form textarea',
  'textarea',
];

/** Buttons in a comment row (Reply, like count, See translation). */
export const rowButton = [
  // 2025-11: `<div role="button"><span dir="auto"><span>Reply</span></span></div>`
  '[role="button"]',
  // 2026-12-06: `button` removed: no fixture shows one.
];

/** The Reply button's label in the UI languages we know; only a hint, see replyBox.ts. */
export const replyLabel = /^(reply|svara)$/i;

/** Path segments that look like a user name but are site sections. */
export const reservedPaths = new Set([
  'p', 'reel', 'reels', 'explore', 'accounts', 'direct', 'stories', 'tv', 'about', 'legal',
  'developer', 'web', 'challenge', 'emails', 'session', 'oauth', 'privacy', 'terms',
]);

export const origin = 'https://www.instagram.com';
