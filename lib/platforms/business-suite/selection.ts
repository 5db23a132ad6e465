/** A text selection captured in the Business Suite inbox, with what the address says. */
import type { PlatformId } from '../types';
import { readInboxUrl } from './url';

export interface SelectionContext {
  /** The conversation's platform; 'business-suite' where the view does not say (`all`). */
  platform: PlatformId;
  itemId?: string;
  permalink?: string;
  /** Fields the address should have given and did not ('itemId'). */
  unreadable: string[];
}

/**
 * The context a selection captured at `pageUrl` gets, or undefined when the page is not the
 * inbox (the selection then keeps only its page address, as anywhere else). The selected item
 * is the conversation open in the inbox, which holds the selected text; the link opens it there.
 */
export function selectionInInbox(pageUrl: string): SelectionContext | undefined {
  const inbox = readInboxUrl(pageUrl);
  if (!inbox) return undefined;
  const context: SelectionContext = { platform: inbox.platform ?? 'business-suite', unreadable: [] };
  if (inbox.selectedItemId) context.itemId = inbox.selectedItemId;
  else context.unreadable.push('itemId');
  if (inbox.conversationUrl) context.permalink = inbox.conversationUrl;
  return context;
}
