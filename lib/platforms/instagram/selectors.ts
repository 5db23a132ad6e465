/**
 * Instagram markup, as selectors. Class names are obfuscated and change with every build, so
 * nothing here uses them: only links, time elements, `dir` and roles. The selectors are data,
 * in ./pack.json (issue 22: a site pack, each alternative dated and saying which markup it
 * matches); a newer pack replaces them at run time (../packs.ts), so these are live bindings.
 */

import shipped from './pack.json';
import { registerSitePack } from '../packs';

/** The comment's timestamp: the anchor every reading starts from. Each alternative ends in a time element. */
export let commentTime: string[] = [];
/** The avatar: a profile link around an image, the left column of a comment row. */
export let avatar: string[] = [];
/** Text spans; the comment's text is the one outside links, buttons and the header. */
export let textSpan: string[] = [];
/** Elements whose text is never the comment's text (author name, "Reply", "See translation"). */
export let notText: string[] = [];
/** Where a comment row stops climbing: the post or dialog that holds the whole list. */
export let postBoundary: string[] = [];
/**
 * Where the post shown stands, most specific first: a post opened over a profile or the feed is
 * a dialog (the page behind holds other posts, or the profile's own header). The one that links
 * the post's shortcode is this page's post.
 */
export let postContainer: string[] = [];
/**
 * The post author's profile link in the post header; only the first is taken (a collaboration's
 * second author, or a "paid partnership with" brand, may follow it there).
 */
export let postHeaderLink: string[] = [];
/** The post's comment box. */
export let commentBox: string[] = [];
/** Buttons in a comment row (Reply, like count, See translation). */
export let rowButton: string[] = [];
/** The lists matched for every comment, as one selector list each, joined once per pack. */
export let commentTimeList = '';
export let avatarList = '';
export let textSpanList = '';
export let notTextList = '';
export let postBoundaryList = '';
export let commentBoxList = '';
export let rowButtonList = '';

/**
 * Kept in code, not in the pack: they are how reading works, not what Instagram's markup is.
 * A link's text is a name or a time, never a comment's; a row's climb ends at the document's
 * body whatever the page. The pack check refuses `a` and `body` as matching nearly everything,
 * rightly for a site's selectors; these two are never a site's, so no pack may drop them.
 */
const LINKS_ARE_NOT_TEXT = 'a';
const LAST_BOUNDARY = 'body';

/** Rows are found from the page's time elements (row.ts): an alternative must end in one. */
const endsInTime = (selector: string) => /(^|[\s>+~])time(\[[^\]]*\])*$/.test(selector);

registerSitePack(shipped, (pick) => {
  const times = pick('commentTime').filter(endsInTime);
  commentTime = times.length > 0 ? times : shipped.selectors.commentTime.map((e) => e.selector);
  avatar = pick('avatar');
  textSpan = pick('textSpan');
  notText = [LINKS_ARE_NOT_TEXT, ...pick('notText')];
  postBoundary = [...pick('postBoundary'), LAST_BOUNDARY];
  postContainer = pick('postContainer');
  postHeaderLink = pick('postHeaderLink');
  commentBox = pick('commentBox');
  rowButton = pick('rowButton');
  commentTimeList = commentTime.join(', ');
  avatarList = avatar.join(', ');
  textSpanList = textSpan.join(', ');
  notTextList = notText.join(', ');
  postBoundaryList = postBoundary.join(', ');
  commentBoxList = commentBox.join(', ');
  rowButtonList = rowButton.join(', ');
});

/** The Reply button's label in the UI languages we know; only a hint, see replyBox.ts. */
export const replyLabel = /^(reply|svara)$/i;

/** Path segments that look like a user name but are site sections. */
export const reservedPaths = new Set([
  'p', 'reel', 'reels', 'explore', 'accounts', 'direct', 'stories', 'tv', 'about', 'legal',
  'developer', 'web', 'challenge', 'emails', 'session', 'oauth', 'privacy', 'terms',
]);

export const origin = 'https://www.instagram.com';
