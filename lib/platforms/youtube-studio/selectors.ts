/**
 * YouTube Studio comment markup (studio.youtube.com, channel and video comments), as selectors.
 * No raw capture is public: these follow DOM-NOTES.md (Callemul/streamyars-copy-buttons
 * `youtube/studio/studio_selectors.ts` @140ed44, abogadocripto/youtube-comentarios `TRASPASO.md`
 * @9bd8211, checked on the live page 2026-09-21). Alternatives are tried in order. The selectors
 * are data, in ./pack.json (issue 22: a site pack, each alternative dated and saying which markup
 * it matches); a newer pack replaces them at run time (../packs.ts), so these are live bindings.
 *
 * An id that ends a selector used inside a comment is wrapped, `:is(#content-text)`: every
 * comment repeats the same ids, and Chromium answers a query ending in `#id` by going through
 * every element of the page with that id (lib/platforms/youtube/selectors.ts).
 */
import shipped from './pack.json';
import { registerSitePack } from '../packs';

export let item: string[] = [];
export let thread: string[] = [];
export let replies: string[] = [];
export let authorName: string[] = [];
export let authorLink: string[] = [];
export let contentText: string[] = [];
export let publishedTime: string[] = [];
export let commentLink: string[] = [];
export let videoThumbnail: string[] = [];
export let videoTitle: string[] = [];
export let videoLink: string[] = [];
export let replyButton: string[] = [];
export let replyBox: string[] = [];
export let commentbox: string[] = [];
export let commentboxButtons: string[] = [];
export let channelLink: string[] = [];
/** Lists matched for every comment, as one selector list each, joined once per pack. */
export let itemList = '';
export let threadList = '';
export let repliesList = '';
export let videoThumbnailList = '';
export let videoTitleList = '';

registerSitePack(shipped, (pick) => {
  item = pick('item');
  thread = pick('thread');
  replies = pick('replies');
  authorName = pick('authorName');
  authorLink = pick('authorLink');
  contentText = pick('contentText');
  publishedTime = pick('publishedTime');
  commentLink = pick('commentLink');
  videoThumbnail = pick('videoThumbnail');
  videoTitle = pick('videoTitle');
  videoLink = pick('videoLink');
  replyButton = pick('replyButton');
  replyBox = pick('replyBox');
  commentbox = pick('commentbox');
  commentboxButtons = pick('commentboxButtons');
  channelLink = pick('channelLink');
  itemList = item.join(', ');
  threadList = thread.join(', ');
  repliesList = replies.join(', ');
  videoThumbnailList = videoThumbnail.join(', ');
  videoTitleList = videoTitle.join(', ');
});

/** The managed channel's id in Studio's address: `studio.youtube.com/channel/UC…/comments/inbox`. */
export const channelPath = /^https:\/\/studio\.youtube\.com\/channel\/(UC[\w-]{10,})(?:[/?#]|$)/;

export const studioOrigin = 'https://studio.youtube.com';
