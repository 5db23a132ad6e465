/**
 * Meta Business Suite's inbox: no adapter (no public markup of its rows, DOM-NOTES.md). What
 * is read is the address, for the manual fallback: a text selection captured there records the
 * conversation's platform, the selected item's id and a link back to it (selection.ts).
 */
export { readInboxUrl, type InboxContext } from './url';
export { findReplyBox } from './replyBox';
export { selectionInInbox } from './selection';
