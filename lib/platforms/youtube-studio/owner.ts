/**
 * Which channel a Studio page manages (issue 6, "last activity seen"): the id in the address
 * (`/channel/UC…/comments`), and the channel links in Studio's own frame, which a video's page
 * (`/video/VID/comments`) needs, its address naming no channel. Commenters' links are never read.
 */
import { channelUrlOf } from '../youtube/owner';
import { channelLink, channelPath, itemList, studioOrigin, threadList } from './selectors';
import { origin } from '../youtube/selectors';

const MAX_OWNERS = 4;

export function ownerUrls(doc: Document, pageUrl: string = doc.URL): string[] {
  const urls = new Set<string>();
  const inComments = `${itemList}, ${threadList}`;
  const fromPath = channelPath.exec(pageUrl)?.[1];
  if (fromPath) urls.add(`${origin}/channel/${fromPath}`);
  for (const selector of channelLink) {
    for (const a of doc.querySelectorAll(selector)) {
      if (urls.size >= MAX_OWNERS) break;
      if (a.closest(inComments)) continue;
      const url = channelUrlOf(a.getAttribute('href'), studioOrigin);
      if (url) urls.add(url);
    }
  }
  return [...urls];
}
