/**
 * Facebook selectors. Facebook's class names are obfuscated and change weekly: only roles,
 * attributes and URL shapes here. The selectors themselves are data, in ./pack.json (issue 22:
 * a site pack, each alternative dated and saying which markup it matches); a newer pack
 * replaces them at run time (../packs.ts), so these are live bindings, never copied.
 */
import shipped from './pack.json';
import { registerSitePack } from '../packs';

/** Items: every article; comments are told from posts by their own comment link. */
export let article = '';
/** The link that is both the permalink and the relative time ("2 tim", "2h"). */
export let commentLink = '';
/** Comment and post text blocks (read as text, never innerHTML). */
export let textBlock = '';
/** The post's own message, for the parent of a comment. */
export let postMessage = '';
/** Links that are the post's permalink (its timestamp), in feed, dialog and page markup. */
export let postLink = '';
/** The post's author: the first link in its header. */
export let postAuthor = '';
/** The post dialog ("Inlägg av …" / "…'s post"); comments in it have no post article around them. */
export let postDialog = '';
/** Reply boxes, tried in order: Messenger boxes are editable too, so only inside the thread. */
export let replyBox: string[] = [];

/**
 * Issue 24, capture on removal: a comment's own "…" button, the menu it opens, and its entries
 * (each alternative's source in pack.json). Roles as in the public scripts that drive Facebook's
 * menus; that a comment's button says aria-haspopup="menu" is an assumption
 * (test/fixtures/facebook/removal-menu.*.html).
 */
export let removalButton = '';
export let removalMenu = '';
export let removalEntry = '';

registerSitePack(shipped, (pick) => {
  article = pick('article').join(', ');
  commentLink = pick('commentLink').join(', ');
  textBlock = pick('textBlock').join(', ');
  postMessage = pick('postMessage').join(', ');
  postLink = pick('postLink').join(', ');
  postAuthor = pick('postAuthor').join(', ');
  postDialog = pick('postDialog').join(', ');
  replyBox = pick('replyBox');
  removalButton = pick('removalButton').join(', ');
  removalMenu = pick('removalMenu').join(', ');
  removalEntry = pick('removalEntry').join(', ');
});

/** Query parameters that are tracking, not identity, on profile links (code, not a selector). */
export const trackingParams = ['comment_id', 'reply_comment_id', '__cft__', '__tn__', '__xts__', 'ref', 'eav', 'rc'];
