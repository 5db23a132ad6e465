/**
 * YouTube Studio comment markup (studio.youtube.com, channel and video comments), as selectors.
 * No raw capture is public: these follow DOM-NOTES.md (Callemul/streamyars-copy-buttons
 * `youtube/studio/studio_selectors.ts` @140ed44, abogadocripto/youtube-comentarios `TRASPASO.md`
 * @9bd8211, checked on the live page 2026-09-21). Alternatives are tried in order.
 *
 * An id that ends a selector used inside a comment is wrapped, `:is(#content-text)`: every
 * comment repeats the same ids, and Chromium answers a query ending in `#id` by going through
 * every element of the page with that id (lib/platforms/youtube/selectors.ts).
 */

/** One comment or reply. */
export const item = [
  // 2026-09: `ytcp-comment-thread > ytcp-comment#comment`, replies `ytcp-comment[is-reply]`
  'ytcp-comment',
];

/** The thread: the top comment, its video and its replies. */
export const thread = [
  // 2026-09: `#comments-content #items > ytcp-comment-thread`
  'ytcp-comment-thread',
];

/** Where replies stand. */
export const replies = [
  // 2026-09: `ytcp-comment-thread > ytcp-comment-replies > ytcp-comment[is-reply]`
  'ytcp-comment-replies',
];

/** The author's name. */
export const authorName = [
  // 2026-09: `#metadata #name .author-text`
  '#metadata #name .author-text',
  // 2026-09: the name element itself, should the inner class go
  '#metadata :is(#name)',
];

/** The author's channel link: the name's own link (Studio links names to the channel). */
export const authorLink = [
  // 2026-09 (assumed, not in a capture): `a#name[href]` around `.author-text`
  '#metadata a:is(#name)[href]',
  // 2026-12-06: `#metadata #name a[href]` removed: no capture shows it.
];

/** The comment's text; emoji are `<img alt>`. */
export const contentText = [
  // 2026-09: `#expander-container #content-text`
  '#expander-container :is(#content-text)',
  ':is(#content-text)',
];

/** The time as shown ("2 days ago", "för 2 dagar sedan"). */
export const publishedTime = [
  // 2026-09 (assumed): `#metadata .published-time-text`, sometimes a link to the comment
  '#metadata .published-time-text',
  '.published-time-text',
];

/** A link to the comment on YouTube, when Studio shows one (`…/watch?v=VID&lc=ID`). */
export const commentLink = [
  // 2026-09 (assumed): the time or "view on YouTube" link
  'a[href*="lc="]',
];

/** The video the thread belongs to (filled on the top comment only). */
export const videoThumbnail = [
  // 2026-09: `ytcp-comment-video-thumbnail > #video-title, a#body[href]`
  'ytcp-comment-video-thumbnail',
];
export const videoTitle = [':is(#video-title)'];
export const videoLink = [
  // 2026-09: `a#body[href]`, to the video on YouTube or its Studio page `/video/VID/…`
  'a:is(#body)[href]',
  'a[href]',
];

/** The Reply button of a comment. */
export const replyButton = [
  // 2026-09: `ytcp-comment-action-buttons #toolbar ytcp-button#reply-button` (a button inside)
  'ytcp-comment-action-buttons #reply-button button',
  'ytcp-comment-action-buttons :is(#reply-button)',
];

/** The reply box, once Reply was clicked. */
export const replyBox = [
  // 2026-09: `ytcp-commentbox tp-yt-iron-autogrow-textarea textarea#textarea`
  'ytcp-commentbox textarea:is(#textarea)',
  'ytcp-commentbox textarea',
];

/** The reply box's comment box, which holds its buttons (Cancel, then Reply). */
export const commentbox = ['ytcp-commentbox'];
/**
 * Its buttons; the send button is the last (read, never clicked). 2026-12-06: the old
 * `#submit-button button`, tried first, removed: no fixture shows it (DOM-NOTES: gone in 2026).
 */
export const commentboxButtons = ['button'];

/**
 * Links in Studio's own frame, outside the comments, that name the channel being managed.
 * No capture shows them; these follow public Studio tools (undated excerpts, read 2026-11):
 * a subscriber-count reader's tests give the drawer's `a#overlay-link-to-youtube[href="https://youtube.com/channel/UC…/"]`,
 * a translation tool reads `ytcp-navigation-drawer a[href*="/channel/"], a#home-button[href*="/channel/"]`
 * (test/fixtures/youtube-studio/video-comments.sv.html follows them).
 */
export const channelLink = [
  // seen 2026-11: the drawer's own links (`/channel/UC…/videos`, "view on YouTube"): only channel forms count
  'ytcp-navigation-drawer a[href]',
  // seen 2026-11: the Studio logo, `a#home-button[href="/channel/UC…"]`
  'a#home-button[href]',
];

/** The managed channel's id in Studio's address: `studio.youtube.com/channel/UC…/comments/inbox`. */
export const channelPath = /^https:\/\/studio\.youtube\.com\/channel\/(UC[\w-]{10,})(?:[/?#]|$)/;

export const studioOrigin = 'https://studio.youtube.com';
