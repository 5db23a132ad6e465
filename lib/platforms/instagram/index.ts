/** Instagram posts and reels (www.instagram.com/p/…, /reel/…). */
import type { Adapter } from '../types';
import { ownerUrls } from './owner';
import { findItems, read } from './read';
import { ownTime, steady } from './row';
import { findReplyBox, findReplyButton, findSendButton } from './replyBox';

export const instagram: Adapter = { id: 'instagram', findItems, read, isItem: (el) => ownTime(el) !== null, roomAfter: true, steady, ownerUrls, reply: { box: findReplyBox, button: findReplyButton, send: findSendButton, clickFirst: true } };
export { findReplyBox, findReplyButton, findSendButton } from './replyBox';
