/** Reads one Instagram comment row (see row.ts for how rows are found). */
import type { ItemReading } from '../types';
import { oneLine, textOf } from '../text';
import { pageLink } from './page-url';
import { matchBelow } from '../own';
import { isReply, ownTime, profileName, rowOf, timesUnder } from './row';
// The lists are live bindings (a newer site pack replaces them): read at each use, never copied.
import { avatarList, notTextList as NOT_TEXT, origin, textSpanList as TEXT_SPAN } from './selectors';
import { ownerUrls } from './owner';
import { pageOwners } from '../page-owner';

/** Comment rows in document order: one query for every timestamp, then each one's row. */
export function findItems(root: ParentNode): Element[] {
  const rows: Element[] = [];
  for (const time of timesUnder(root)) {
    const row = rowOf(time);
    if (row && row !== rows[rows.length - 1]) rows.push(row);
  }
  return rows;
}

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so no global `Node` is needed. */
const FOLLOWING = 4;

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
}

/** The author's name link: a text profile link before the time (mentions in the text come after). */
function authorLink(row: Element, time: Element): HTMLAnchorElement | null {
  const links = row.querySelectorAll('a[href]');
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    if (!precedes(a, time)) break;
    if (a.querySelector('img')) continue; // the avatar
    if (profileName(a.getAttribute('href')) && oneLine(a.textContent)) return a as HTMLAnchorElement;
  }
  return null;
}

/** The text: the outermost `span[dir=auto]` that is not a link, button, the header or the time. */
function textElement(row: Element, time: Element, author: Element | null): Element | null {
  const spans = row.querySelectorAll(TEXT_SPAN);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (matchBelow(span, NOT_TEXT, row)) continue;
    if (span.contains(time) || (author && span.contains(author))) continue;
    if (span.querySelector('[role="button"], button')) continue;
    if (!textOf(span)) continue; // an emptied header span, not a text
    return span;
  }
  return null;
}

/** The post author's profile URL, lower case (user names are not case-sensitive). */
const profileKey = (url: string | undefined): string | undefined => {
  const name = profileName(url ?? null);
  return name ? `${origin}/${name}/`.toLowerCase() : undefined;
};

/** Whether the post's own author wrote the row: found once per page, compared per row. */
function isByOwner(doc: Document, authorUrl: string | undefined): boolean {
  const author = profileKey(authorUrl);
  if (!author) return false;
  const owners = pageOwners(doc, doc.URL, () => ownerUrls(doc).map((u) => u.toLowerCase()));
  return owners.has(author);
}

export function read(el: Element): ItemReading | null {
  const time = ownTime(el);
  const link = time?.parentElement;
  if (!time || !link) return null;
  const unreadable: string[] = [];

  const linked = pageLink(link.getAttribute('href'));
  const permalink = linked?.url;
  const path = linked?.path ?? '';
  // `/p/{code}/c/{id}/` or `/p/{code}/c/{parent}/r/{id}/`; the post is everything before `/c/`.
  const ids = /^(.*?\/)c\/([^/]+)\/(?:r\/([^/]+)\/?)?/.exec(path);
  const itemId = ids?.[3] ?? ids?.[2];
  if (!itemId) unreadable.push('itemId');

  const author = authorLink(el, time);
  const authorName = author ? oneLine(author.textContent) : '';
  if (!author) unreadable.push('author');
  // Without the name link, the avatar (same row) still links the author's profile.
  const avatarHref = author ? null : el.querySelector(avatarList)?.closest('a')?.getAttribute('href') ?? null;
  const authorHref = author ? author.getAttribute('href') : profileName(avatarHref) ? avatarHref : null;
  const authorUrl = pageLink(authorHref)?.url;
  if (!authorUrl) unreadable.push('authorUrl');

  const textEl = textElement(el, time, author);
  if (!textEl) unreadable.push('text');

  const publishedText = oneLine(time.textContent) || undefined;
  if (!publishedText) unreadable.push('publishedText');
  const stamp = Date.parse(time.getAttribute('datetime') ?? '');
  const publishedAt = Number.isNaN(stamp) ? undefined : new Date(stamp).toISOString();
  if (!publishedAt) unreadable.push('publishedAt');

  const reading: ItemReading = {
    kind: isReply(time, path) ? 'reply' : 'comment',
    author: authorName,
    text: textEl ? textOf(textEl) : '',
    byOwner: isByOwner(el.ownerDocument, authorUrl),
  };
  if (authorUrl) reading.authorUrl = authorUrl;
  if (permalink) reading.permalink = permalink;
  if (itemId) reading.itemId = itemId;
  if (ids?.[3] && ids[2]) reading.parentItemId = ids[2];
  if (publishedText) reading.publishedText = publishedText;
  if (publishedAt) reading.publishedAt = publishedAt;
  if (ids?.[1]) reading.parent = { permalink: origin + ids[1] };
  if (unreadable.length) reading.unreadable = unreadable;
  return reading;
}
