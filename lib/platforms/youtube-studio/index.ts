/** YouTube Studio comments (studio.youtube.com: the channel's list and each video's). */
import type { Adapter } from '../types';
import { ownerUrls } from './owner';
import { findItems, read } from './read';
import { findReplyBox, findReplyButton, findSendButton } from './replyBox';
import { itemList } from './selectors';

// A getter and a call on the live binding, not copies: a newer site pack may change the selectors after load.
export const youtubeStudio: Adapter = {
  id: 'youtube-studio',
  findItems,
  read,
  get itemSelector() {
    return itemList;
  },
  isItem: (el) => el.matches(itemList),
  ownerUrls,
  reply: { box: findReplyBox, button: findReplyButton, send: findSendButton },
};
export { findReplyBox, findReplyButton, findSendButton } from './replyBox';
