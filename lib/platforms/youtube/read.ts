/** Reads one YouTube watch-page comment or reply (current and 2021 markup alike). */
import type { ItemReading, ParentReading } from '../types';
import { absoluteUrl, oneLine } from '../text';
import { ownMatch } from '../own';
import { preText } from './text';
import { authorLink, contentText, creatorBadge, itemList, origin, publishedLink, repliesList } from './selectors';
import { channelUrlOf, ownerUrls } from './owner';
import { pageOwners } from '../page-owner';
import { parseCommentLink, replyParentId, watchUrl } from './url';
import { videoContext } from './video';
import { listed } from '../node-list';

/** Comments and replies in document order, in one query. */
export function findItems(root: ParentNode): Element[] {
  return listed(root.querySelectorAll(itemList));
}

const hasText = (el: Element) => oneLine(el.textContent) !== '';

/** Channel URLs compared without the case of a handle (YouTube links one handle in either case). */
const channelKey = (url: string): string => (url.includes('/@') ? url.toLowerCase() : url);

/**
 * The channel's own comment: YouTube's creator badge on it, else its author is the video's
 * owner (found once per page and video, compared per comment).
 */
function isByOwner(el: Element, authorUrl: string | undefined, videoId: string | undefined): boolean {
  if (ownMatch(el, creatorBadge, itemList)) return true;
  const author = channelUrlOf(authorUrl);
  if (!author) return false;
  const doc = el.ownerDocument;
  const owners = pageOwners(doc, videoId ?? doc.URL, () => ownerUrls(doc).map(channelKey));
  return owners.has(channelKey(author));
}

export function read(el: Element): ItemReading | null {
  if (!el.matches(itemList)) return null;
  const unreadable: string[] = [];

  const author = ownMatch(el, authorLink, itemList, hasText);
  if (!author) unreadable.push('author');
  const authorUrl = absoluteUrl(author?.getAttribute('href'), origin);
  if (!authorUrl) unreadable.push('authorUrl');

  const content = ownMatch(el, contentText, itemList);
  if (!content) unreadable.push('text');

  const time = ownMatch(el, publishedLink, itemList);
  const publishedText = oneLine(time?.textContent) || undefined;
  if (!publishedText) unreadable.push('publishedText');
  const { videoId, commentId } = parseCommentLink(time?.getAttribute('href'));
  if (!commentId || !videoId) unreadable.push('permalink', 'itemId');

  const reading: ItemReading = {
    // 2021 replies carry `is-reply`; in every version they stand under the thread's #replies.
    kind: el.hasAttribute('is-reply') || el.closest(repliesList) ? 'reply' : 'comment',
    author: author ? oneLine(author.textContent) : '',
    text: content ? preText(content) : '',
    byOwner: isByOwner(el, authorUrl, videoId),
  };
  if (authorUrl) reading.authorUrl = authorUrl;
  if (videoId && commentId) {
    reading.permalink = watchUrl(videoId, commentId);
    reading.itemId = commentId;
    const parentId = replyParentId(reading.kind, commentId);
    if (parentId) reading.parentItemId = parentId;
  }
  if (publishedText) reading.publishedText = publishedText;
  if (videoId) {
    const parent: ParentReading = { permalink: watchUrl(videoId) };
    const video = videoContext(el.ownerDocument, videoId);
    if (video.title) parent.text = video.title;
    if (video.channel) parent.author = video.channel;
    reading.parent = parent;
  }
  if (unreadable.length) reading.unreadable = unreadable;
  return reading;
}
