/** YouTube watch pages (www.youtube.com/watch). */
import type { Adapter } from '../types';
import { ownerUrls } from './owner';
import { findItems, read } from './read';
import { findReplyBox, findReplyButton, findSendButton } from './replyBox';
import { item } from './selectors';
import { youtubeRemoval } from './removal';

const ITEM_SELECTOR = item.join(', ');

export const youtube: Adapter = { id: 'youtube', findItems, read, itemSelector: ITEM_SELECTOR, isItem: (el) => el.matches(ITEM_SELECTOR), ownerUrls, reply: { box: findReplyBox, button: findReplyButton, send: findSendButton }, removal: youtubeRemoval };
export { findReplyBox, findReplyButton, findSendButton } from './replyBox';
