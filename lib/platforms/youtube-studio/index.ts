/** YouTube Studio comments (studio.youtube.com: the channel's list and each video's). */
import type { Adapter } from '../types';
import { findItems, read } from './read';

export const youtubeStudio: Adapter = { id: 'youtube-studio', findItems, read };
export { findReplyBox, findReplyButton } from './replyBox';
