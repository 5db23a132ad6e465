/** YouTube watch pages (www.youtube.com/watch). */
import type { Adapter } from '../types';
import { ownerUrls } from './owner';
import { findItems, read } from './read';
import { findReplyBox, findReplyButton, findSendButton } from './replyBox';
import { itemList } from './selectors';
import { youtubeRemoval } from './removal';

// A getter and a call on the live binding, not copies: a newer site pack may change the selectors after load.
export const youtube: Adapter = {
  id: 'youtube',
  findItems,
  read,
  get itemSelector() {
    return itemList;
  },
  isItem: (el) => el.matches(itemList),
  ownerUrls,
  reply: { box: findReplyBox, button: findReplyButton, send: findSendButton },
  removal: youtubeRemoval,
};
export { findReplyBox, findReplyButton, findSendButton } from './replyBox';
