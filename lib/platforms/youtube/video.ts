/**
 * The watched video's title and channel. They stand outside the comments, so they are looked up
 * once per document and video id, not per comment (comments are read by the thousand); in-page
 * navigation changes the id, which refreshes the entry. A miss is retried after a second, as the
 * header can render after the first comments.
 */
import { oneLine } from '../text';
import { videoChannel, videoTitle } from './selectors';

export interface VideoContext {
  title?: string;
  channel?: string;
}

const RETRY_MS = 1000;
const cache = new WeakMap<Document, { videoId: string; context: VideoContext; at: number }>();

export function videoContext(doc: Document, videoId: string): VideoContext {
  const now = Date.now();
  const hit = cache.get(doc);
  if (hit?.videoId === videoId && (hit.context.title || now - hit.at < RETRY_MS)) return hit.context;
  const context: VideoContext = {};
  const title = oneLine(doc.querySelector(videoTitle.join(', '))?.textContent);
  const channel = oneLine(doc.querySelector(videoChannel.join(', '))?.textContent);
  if (title) context.title = title;
  if (channel) context.channel = channel;
  cache.set(doc, { videoId, context, at: now });
  return context;
}
