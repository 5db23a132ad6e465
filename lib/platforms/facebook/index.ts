import type { Adapter } from '../types';
import * as sel from './selectors';
import { frameOfFacebookItem, isComment, readFacebookItem } from './read';
import { findReplyBox, findReplyButton, findSendButton } from './replyBox';
import { facebookRemoval } from './removal';
import { listed } from '../node-list';

/** Facebook page posts, post dialogs and single-comment permalink pages (issue 2, issue 3). */
export const facebook: Adapter = {
  id: 'facebook',
  findItems(root) {
    return listed(root.querySelectorAll(sel.article)).filter(isComment);
  },
  read(el) {
    return readFacebookItem(el);
  },
  frameOf: frameOfFacebookItem,
  // A getter: a newer site pack may change the selector after the adapter is made.
  get itemSelector() {
    return sel.article;
  },
  isItem: isComment,
  reply: { box: findReplyBox, button: findReplyButton, send: findSendButton },
  removal: facebookRemoval,
};
