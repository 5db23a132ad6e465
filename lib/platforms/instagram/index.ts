/** Instagram posts and reels (www.instagram.com/p/…, /reel/…). */
import type { Adapter } from '../types';
import { findItems, read } from './read';

export const instagram: Adapter = { id: 'instagram', findItems, read };
export { findReplyBox, findReplyButton } from './replyBox';
