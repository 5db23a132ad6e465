/** Reads one YouTube Studio comment or reply. Studio recycles these nodes: read, never keep. */
import type { ItemReading } from '../types';
import { absoluteUrl, oneLine } from '../text';
import { ownMatch } from '../own';
import { preText } from '../youtube/text';
import { parseCommentLink, replyParentId, watchUrl } from '../youtube/url';
import { channelUrlOf } from '../youtube/owner';
import { pageOwners } from '../page-owner';
import { ownerUrls } from './owner';
import { authorLink, authorName, commentLink, contentText, itemList, publishedTime, repliesList, studioOrigin } from './selectors';
import { videoOf } from './video';
import { listed } from '../node-list';

/** Comments and replies in document order, in one query. */
export function findItems(root: ParentNode): Element[] {
  return listed(root.querySelectorAll(itemList));
}

const hasText = (el: Element) => oneLine(el.textContent) !== '';

/** Whether the channel whose Studio this is wrote it: its channels found once per page, compared per comment. */
function isByOwner(doc: Document, authorUrl: string | undefined): boolean {
  const author = channelUrlOf(authorUrl, studioOrigin);
  if (!author) return false;
  return pageOwners(doc, doc.URL, () => ownerUrls(doc)).has(author);
}

export function read(el: Element): ItemReading | null {
  if (!el.matches(itemList)) return null;
  const unreadable: string[] = [];

  const name = ownMatch(el, authorName, itemList, hasText);
  if (!name) unreadable.push('author');
  const link = ownMatch(el, authorLink, itemList);
  // Relative links on Studio point into Studio; absolute ones to www.youtube.com.
  const authorUrl = absoluteUrl(link?.getAttribute('href'), studioOrigin);
  if (!authorUrl) unreadable.push('authorUrl');

  const content = ownMatch(el, contentText, itemList);
  if (!content) unreadable.push('text');

  const time = ownMatch(el, publishedTime, itemList, hasText);
  const publishedText = oneLine(time?.textContent) || undefined;
  if (!publishedText) unreadable.push('publishedText');

  // Studio need not link the comment itself; without a link the caller keys on author + text.
  const { videoId, commentId } = parseCommentLink(ownMatch(el, commentLink, itemList)?.getAttribute('href'));

  const parent = videoOf(el);
  if (!parent) unreadable.push('parent');

  const reading: ItemReading = {
    kind: el.hasAttribute('is-reply') || el.closest(repliesList) ? 'reply' : 'comment',
    author: name ? oneLine(name.textContent) : '',
    text: content ? preText(content) : '',
    byOwner: isByOwner(el.ownerDocument, authorUrl),
  };
  if (authorUrl) reading.authorUrl = authorUrl;
  if (videoId && commentId) {
    reading.permalink = watchUrl(videoId, commentId);
    reading.itemId = commentId;
    const parentId = replyParentId(reading.kind, commentId);
    if (parentId) reading.parentItemId = parentId;
  }
  if (publishedText) reading.publishedText = publishedText;
  if (parent) reading.parent = parent;
  if (unreadable.length) reading.unreadable = unreadable;
  return reading;
}
