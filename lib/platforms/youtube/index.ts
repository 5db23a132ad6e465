/** YouTube watch pages (www.youtube.com/watch). */
import type { Adapter } from '../types';
import { findItems, read } from './read';

export const youtube: Adapter = { id: 'youtube', findItems, read };
export { findReplyBox, findReplyButton } from './replyBox';
