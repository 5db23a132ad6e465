/** YouTube Studio comments (studio.youtube.com: the channel's list and each video's). */
import type { Adapter } from '../types';
import { ownerUrls } from './owner';
import { findItems, read } from './read';
import { findReplyBox, findReplyButton, findSendButton } from './replyBox';
import { item } from './selectors';

/** Read at each use: a newer site pack may change the selectors after load. */
const ITEM_SELECTOR = () => item.join(', ');

export const youtubeStudio: Adapter = {
  id: 'youtube-studio',
  findItems,
  read,
  get itemSelector() {
    return ITEM_SELECTOR();
  },
  isItem: (el) => el.matches(ITEM_SELECTOR()),
  ownerUrls,
  reply: { box: findReplyBox, button: findReplyButton, send: findSendButton },
};
export { findReplyBox, findReplyButton, findSendButton } from './replyBox';
