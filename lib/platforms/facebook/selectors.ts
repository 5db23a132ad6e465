/**
 * Facebook selectors. Facebook's class names are obfuscated and change weekly: only roles,
 * attributes and URL shapes here. Alternatives are arrays, tried in order; each entry says
 * which markup it matches and when that was checked (DOM-NOTES.md, "Facebook").
 */

/** Items: every article; comments are told from posts by their own comment_id link. */
export const article = [
  // 2026-11: comments and replies are div[role=article], nested in the post's article (feed,
  // post dialog) or siblings of each other (single-comment permalink page).
  'div[role="article"]',
].join(', ');

/** The link that is both the permalink and the relative time ("2 tim", "2h"). */
export const commentLink = [
  // 2026-11: a[href*="comment_id="], with &reply_comment_id= for replies.
  'a[href*="comment_id="]',
].join(', ');

/** Comment and post text blocks. */
export const textBlock = [
  // 2026-11: each paragraph of a comment is a div[dir=auto] (read as text, never innerHTML).
  'div[dir="auto"]',
].join(', ');

/** The post's own message, for the parent of a comment. */
export const postMessage = [
  // 2026-11: feed and dialog posts mark their message for the ad preview tooling.
  '[data-ad-preview="message"]',
  '[data-ad-comet-preview="message"]',
].join(', ');

/** Links that are the post's permalink (its timestamp), in feed, dialog and page markup. */
export const postLink = [
  // 2026-11: page posts.
  'a[href*="/posts/"]',
  // 2026-12-06: story_fbid=, /permalink/ (older and group posts), /photos/ and /videos/ removed:
  // no fixture shows them (test/lib/platforms/selectors-alive.test.ts); a capture of such a
  // post brings them back with its fixture.
].join(', ');

/** The post's author: the first link in its header. */
export const postAuthor = [
  // 2026-11: h2 header with the page's name.
  'h2 a[href]',
  // 2026-12-06: h3 and strong (older markup) removed: no fixture shows them.
].join(', ');

/** The post dialog ("Inlägg av …" / "…'s post"); comments in it have no post article around them. */
export const postDialog = [
  // 2026-11: the post opened as a modal.
  'div[role="dialog"]',
].join(', ');

/** Reply boxes: Lexical editors; Messenger boxes are editable too, so only inside the thread. */
export const replyBox = [
  // 2026-11: Lexical composer.
  'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  // 2026-11: the same without the Lexical marker (older composer).
  'div[contenteditable="true"][role="textbox"]',
];

/** Query parameters that are tracking, not identity, on profile links. */
export const trackingParams = ['comment_id', 'reply_comment_id', '__cft__', '__tn__', '__xts__', 'ref', 'eav', 'rc'];

/**
 * Issue 24, capture on removal: a comment's own "…" button, the menu it opens, and its entries.
 * Roles as in the public scripts that drive Facebook's menus (corysolovewicz/delete_facebook_wall
 * cleaner.user.js, 2025: `div[aria-label="Actions for this post"]` role=button opening
 * role=menuitem entries read by their text; DavidMarsanic/delete-facebook-comments, 2023:
 * `[aria-label='Remove'][role='button']`). That a comment's button says aria-haspopup="menu" is
 * an assumption (test/fixtures/facebook/removal-menu.*.html).
 */
export const removalButton = [
  // 2026-12: the comment's "…" ("Redigera eller ta bort det här" / "Hide or report this").
  'div[role="button"][aria-haspopup="menu"]',
].join(', ');
export const removalMenu = [
  // 2025: the open menu, drawn at the end of the body.
  'div[role="menu"]',
].join(', ');
export const removalEntry = [
  // 2025: one entry, named by its text.
  'div[role="menuitem"]',
].join(', ');
