/**
 * The video a Studio comment belongs to. On the channel's comment list the thread's top comment
 * shows it (replies' own thumbnails are empty, so the thread is asked, not the reply); on one
 * video's comment page (`/video/VID/comments`) the page address names it.
 */
import type { ParentReading } from '../types';
import { oneLine } from '../text';
import { parseCommentLink, watchUrl } from '../youtube/url';
import { threadList, videoLink, videoThumbnailList, videoTitleList } from './selectors';

/** The video id in a watch, youtu.be or Studio link. */
export function videoIdOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const v = parseCommentLink(href).videoId;
  if (v) return v;
  const m = /(?:\/video\/|youtu\.be\/|\/shorts\/)([A-Za-z0-9_-]{6,})/.exec(href);
  return m?.[1];
}

export function videoOf(el: Element): ParentReading | undefined {
  const owner = el.closest(threadList) ?? el;
  for (const thumb of owner.querySelectorAll(videoThumbnailList)) {
    const title = oneLine(thumb.querySelector(videoTitleList)?.textContent);
    let id: string | undefined;
    for (const selector of videoLink) {
      id = videoIdOf(thumb.querySelector(selector)?.getAttribute('href'));
      if (id) break;
    }
    if (!title && !id) continue; // a reply's empty thumbnail
    const parent: ParentReading = {};
    if (id) parent.permalink = watchUrl(id);
    if (title) parent.text = title;
    return parent;
  }
  const fromPage = /^https:\/\/studio\.youtube\.com\/video\/([A-Za-z0-9_-]+)\//.exec(el.ownerDocument.URL)?.[1];
  return fromPage ? { permalink: watchUrl(fromPage) } : undefined;
}
