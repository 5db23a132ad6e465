/** Where to reply to a YouTube comment: pure lookups, no typing (insertion lives elsewhere). */
import { ownMatch } from '../own';
import { commentbox, itemList, replyBox, replyButton, sendButton } from './selectors';

/** The comment's own Reply button (click it to open the box). */
export function findReplyButton(el: Element): Element | null {
  return ownMatch(el, replyButton, itemList);
}

/** The editable reply box under the comment, once it is open. */
export function findReplyBox(el: Element): Element | null {
  return ownMatch(el, replyBox, itemList);
}

/** The box's Submit button (read, never clicked): `#submit-button` in its ytd-commentbox. */
export function findSendButton(box: Element): Element | null {
  return box.closest(commentbox.join(', '))?.querySelector(sendButton.join(', ')) ?? null;
}
