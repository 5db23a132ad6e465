/** YouTube Studio comments (studio.youtube.com: the channel's list and each video's). */
import type { Adapter } from '../types';
import { findItems, read } from './read';
import { item } from './selectors';

export const youtubeStudio: Adapter = { id: 'youtube-studio', findItems, read, itemSelector: item.join(', ') };
export { findReplyBox, findReplyButton } from './replyBox';
