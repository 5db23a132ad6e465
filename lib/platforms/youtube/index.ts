/** YouTube watch pages (www.youtube.com/watch). */
import type { Adapter } from '../types';
import { findItems, read } from './read';
import { item } from './selectors';

export const youtube: Adapter = { id: 'youtube', findItems, read, itemSelector: item.join(', ') };
export { findReplyBox, findReplyButton } from './replyBox';
