/**
 * YouTube watch-page markup, as selectors. Inside a comment, select by id, which both the
 * current and the 2021 markup share; tags only for the comment elements themselves. Each list
 * holds alternatives, tried in order. The selectors are data, in ./pack.json (issue 22: a site
 * pack, each alternative dated and saying which markup it matches); a newer pack replaces them at
 * run time (../packs.ts), so these are live bindings, never copied at load.
 *
 * An id that ends a selector used inside a comment is wrapped, `:is(#author-text)`: every
 * comment repeats the same ids, and Chromium answers `item.querySelector('#author-text')` (or
 * `[id="author-text"]`) by going through every element of the page with that id, in document
 * order, until one lies inside the item: 0.18 ms a query for the last comments of a page of
 * 2,000, 97 ms while scrolling through 180 (bench profile). `:is(…)` matches the same
 * elements and only looks inside the comment (1 µs).
 */
import shipped from './pack.json';
import { registerSitePack } from '../packs';

export let item: string[] = [];
export let replies: string[] = [];
export let authorLink: string[] = [];
export let creatorBadge: string[] = [];
export let contentText: string[] = [];
export let publishedLink: string[] = [];
export let videoTitle: string[] = [];
export let videoChannel: string[] = [];
export let ownerLink: string[] = [];
export let watchMetadata: string[] = [];
export let legacyOwnerLink: string[] = [];
export let watchFlexy: string[] = [];
export let videoMicrodata: string[] = [];
export let microdataVideoId: string[] = [];
export let microdataChannelId: string[] = [];
export let microdataAuthorUrl: string[] = [];
export let replyButton: string[] = [];
export let replyBox: string[] = [];
export let commentbox: string[] = [];
export let sendButton: string[] = [];
/** `item` and `replies` as one selector list each, joined once per pack: matched for every comment. */
export let itemList = '';
export let repliesList = '';

/**
 * Issue 24, capture on removal: a comment's ⋮ (action menu) button, the popup it opens and its
 * entries (each alternative's source in pack.json: ian-campbell/Erasure drives the same
 * elements; test/fixtures/youtube/removal-menu.*.html).
 */
export let removalButton = '';
export let removalMenu = '';
export let removalEntry = '';

registerSitePack(shipped, (pick) => {
  item = pick('item');
  replies = pick('replies');
  authorLink = pick('authorLink');
  creatorBadge = pick('creatorBadge');
  contentText = pick('contentText');
  publishedLink = pick('publishedLink');
  videoTitle = pick('videoTitle');
  videoChannel = pick('videoChannel');
  ownerLink = pick('ownerLink');
  watchMetadata = pick('watchMetadata');
  legacyOwnerLink = pick('legacyOwnerLink');
  watchFlexy = pick('watchFlexy');
  videoMicrodata = pick('videoMicrodata');
  microdataVideoId = pick('microdataVideoId');
  microdataChannelId = pick('microdataChannelId');
  microdataAuthorUrl = pick('microdataAuthorUrl');
  replyButton = pick('replyButton');
  replyBox = pick('replyBox');
  commentbox = pick('commentbox');
  sendButton = pick('sendButton');
  removalButton = pick('removalButton').join(', ');
  removalMenu = pick('removalMenu').join(', ');
  removalEntry = pick('removalEntry').join(', ');
  itemList = item.join(', ');
  repliesList = replies.join(', ');
});

export const origin = 'https://www.youtube.com';
