/** Where to reply to a YouTube comment: pure lookups, no typing (insertion lives elsewhere). */
import { ownMatch } from '../own';
import { commentbox, item, replyBox, replyButton, sendButton } from './selectors';

/** Read at each use: a newer site pack may change the selectors after load. */
const itemSel = () => item.join(', ');

/** The comment's own Reply button (click it to open the box). */
export function findReplyButton(el: Element): Element | null {
  return ownMatch(el, replyButton, itemSel());
}

/** The editable reply box under the comment, once it is open. */
export function findReplyBox(el: Element): Element | null {
  return ownMatch(el, replyBox, itemSel());
}

/** The box's Submit button (read, never clicked): `#submit-button` in its ytd-commentbox. */
export function findSendButton(box: Element): Element | null {
  return box.closest(commentbox.join(', '))?.querySelector(sendButton.join(', ')) ?? null;
}
