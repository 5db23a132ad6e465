/**
 * YouTube watch-page markup, as selectors. Inside a comment, select by id, which both the
 * current and the 2021 markup share; tags only for the comment elements themselves. Each list
 * holds alternatives, tried in order; each entry says which markup it matches and when.
 *
 * An id that ends a selector used inside a comment is wrapped, `:is(#author-text)`: every
 * comment repeats the same ids, and Chromium answers `item.querySelector('#author-text')` (or
 * `[id="author-text"]`) by going through every element of the page with that id, in document
 * order, until one lies inside the item: 0.18 ms a query for the last comments of a page of
 * 2,000, 97 ms while scrolling through 180 (bench profile). `:is(…)` matches the same
 * elements and only looks inside the comment (1 µs).
 */

/** One comment or reply. */
export const item = [
  // 2024–2026: `ytd-comment-view-model#comment` (yakisova41/return-youtube-comment-username, 2026-04)
  'ytd-comment-view-model',
  // 2021: `ytd-comment-renderer#comment`, replies `ytd-comment-renderer[is-reply]`
  // (test/fixtures/youtube/watch-comments-legacy-2021.html)
  'ytd-comment-renderer',
];

/** Where replies stand: an item inside one of these is a reply. */
export const replies = [
  // 2021–2026: `ytd-comment-thread-renderer > div#replies > ytd-comment-replies-renderer`
  ':is(#replies)',
  // 2026: the first replies shown before "N replies" is expanded
  ':is(#teaser-replies)',
  // 2021–2026: the renderer itself, in case the #replies wrapper goes
  'ytd-comment-replies-renderer',
];

/** The author's name link. */
export const authorLink = [
  // 2021–2026: `h3 > a#author-text[href="/@handle" | "/channel/UC…"] > span` (hidden, but
  // still filled, on the channel owner's own comments)
  ':is(#author-text)',
  // 2021: the channel owner's badge `#author-comment-badge a#name > ytd-channel-name`
  '#author-comment-badge a:is(#name)',
];

/**
 * The creator badge on the channel owner's own comments. Every comment has an empty, hidden
 * `#author-comment-badge`; only the owner's holds the renderer, marked `creator`.
 */
export const creatorBadge = [
  // 2021–2026: `span#author-comment-badge > ytd-author-comment-badge-renderer[creator] > a#name`
  // (test/fixtures/youtube/watch.sv.html, watch-comments-legacy-2021.html)
  'ytd-author-comment-badge-renderer[creator]',
];

/** The comment's text. */
export const contentText = [
  // 2026: `yt-attributed-string#content-text > span[dir=auto][role=text]`;
  // 2021: `yt-formatted-string#content-text > span[dir=auto]…`
  ':is(#content-text)',
];

/** The time link: text "12 hours ago", href `/watch?v=VID&lc=COMMENT_ID`. */
export const publishedLink = [
  // 2026: `span#published-time-text > a`
  '#published-time-text a',
  // 2021: `yt-formatted-string.published-time-text.above-comment > a` (and a hidden twin below)
  '.published-time-text a',
];

/** The video's title and channel, outside the comments (read once per video). */
export const videoTitle = [
  // 2022–2026: `ytd-watch-metadata #title h1 > yt-formatted-string`
  'ytd-watch-metadata #title h1',
  // 2026-12-06: the 2021 `ytd-video-primary-info-renderer h1.title` removed: the 2021 capture
  // (test/fixtures/youtube/watch-comments-legacy-2021.html) holds comments only.
];
export const videoChannel = [
  // 2022–2026: `ytd-watch-metadata #owner ytd-channel-name#channel-name a`
  'ytd-watch-metadata #owner #channel-name a',
  // 2021: `ytd-video-owner-renderer ytd-channel-name#channel-name a`
  'ytd-video-owner-renderer #channel-name a',
];

/**
 * The video owner's channel links (avatar and name): `/@handle`, `/channel/UC…`, `/c/…` or
 * `/user/…`. Outside the comments: a comment's own `#channel-name` (the owner's badge) is
 * never one of these.
 */
export const ownerLink = [
  // 2022–2026: `ytd-watch-metadata #owner > ytd-video-owner-renderer > a[href="/@handle"]` (avatar)
  // and `… #upload-info ytd-channel-name#channel-name a` (name) (test/fixtures/youtube/watch.sv.html;
  // shihabdider/vilify .design/SCRAPING.md, verified 2026-02-01: `ytd-video-owner-renderer
  // #channel-name a`, `#owner #channel-name a`)
  'ytd-watch-metadata #owner ytd-video-owner-renderer a[href]',
];
/** The header before ytd-watch-metadata; with it, only ownerLink is read. */
export const watchMetadata = ['ytd-watch-metadata'];
export const legacyOwnerLink = [
  // 2021: `ytd-video-secondary-info-renderer #top-row ytd-video-owner-renderer a[href]` (kept
  // hidden beside ytd-watch-metadata in 2022–2023, and not trusted to be current there)
  'ytd-video-owner-renderer a[href]',
];

/** The watch page's own element, whose `video-id` says which video the header shows. */
export const watchFlexy = [
  // 2019–2026: `ytd-page-manager > ytd-watch-flexy[video-id="VID"]`
  'ytd-watch-flexy[video-id]',
];

/**
 * The server-rendered microdata of the video first loaded (not updated by in-page navigation,
 * so read only when its own video id is the page's): the owner's channel id and URL.
 * `<div id="watch7-content" itemscope itemtype="http://schema.org/VideoObject">` holding
 * `<meta itemprop="identifier" content="VID">`, `<meta itemprop="channelId" content="UC…">` and
 * `<span itemprop="author"><link itemprop="url" href="http://www.youtube.com/@handle">`
 * (read this way by many public scripts through 2026; no capture in test/fixtures/youtube/).
 */
export const videoMicrodata = [
  '#watch7-content[itemtype*="VideoObject"]',
  '[itemscope][itemtype*="schema.org/VideoObject"]',
];
// 2026-12-06: `meta[itemprop="videoId"]` removed: no fixture shows it.
export const microdataVideoId = ['meta[itemprop="identifier"][content]'];
export const microdataChannelId = ['meta[itemprop="channelId"][content]'];
export const microdataAuthorUrl = ['[itemprop="author"] link[itemprop="url"][href]'];

/** The Reply button under a comment. */
export const replyButton = [
  // 2026: `ytd-button-renderer#reply-button-end > yt-button-shape > button`
  '#reply-button-end button',
  // 2021: `div#reply-button-end > ytd-button-renderer … tp-yt-paper-button#button[role=button]`
  '#reply-button-end [role="button"]',
];

/** The reply box, once Reply was clicked. */
export const replyBox = [
  // 2021–2026: `#reply-dialog ytd-commentbox … div#contenteditable-root[contenteditable]`
  '#reply-dialog :is(#contenteditable-root)',
];

/** The reply box's own comment box, which holds its Submit button. */
export const commentbox = [
  // 2021–2026: `ytd-commentbox` around the reply dialog's editor
  'ytd-commentbox',
];
/** The Submit button in the comment box (read, never clicked). */
export const sendButton = [
  // 2026: `#submit-button > yt-button-shape > button`
  '#submit-button button',
  // 2021: the renderer `ytd-button-renderer#submit-button` itself. (2026-12-06: its inner
  // `[role=button]` removed: no fixture shows it.)
  '#submit-button',
];

export const origin = 'https://www.youtube.com';

/**
 * Issue 24, capture on removal: a comment's ⋮ (action menu) button, the popup it opens and its
 * entries. ian-campbell/Erasure (youtubecomments.js, chrome-ext/script.js, 2020–2023) opens
 * `.dropdown-trigger.ytd-menu-renderer` and clicks `ytd-menu-navigation-item-renderer` /
 * `ytd-menu-service-item-renderer` entries; the popup is `ytd-menu-popup-renderer` in
 * `tp-yt-iron-dropdown` at the end of the app (test/fixtures/youtube/removal-menu.*.html).
 */
export const removalButton = [
  // 2021–2026: `#action-menu > ytd-menu-renderer > yt-icon-button#button > button` (watch.sv.html)
  '#action-menu ytd-menu-renderer button',
];
export const removalMenu = [
  // 2020–2026: the popup `tp-yt-iron-dropdown > ytd-menu-popup-renderer`
  'ytd-menu-popup-renderer',
];
export const removalEntry = [
  // 2020–2026: entries that act (Remove, Report, Hide user from channel). Erasure's
  // `ytd-menu-navigation-item-renderer` (the comment history's Delete) is left out: no fixture shows it.
  'ytd-menu-service-item-renderer',
];
