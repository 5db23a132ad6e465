/** What a Business Suite inbox address says about the conversation that is open. */
import type { PlatformId } from '../types';
import { assetIdPattern, host, inboxPath, inboxViews, itemIdPattern, params } from './selectors';

export interface InboxContext {
  /** The path's view: `all` lists both platforms. */
  view: keyof typeof inboxViews;
  /** The conversation's platform, where the view says it; undefined on `all`. */
  platform?: Extract<PlatformId, 'facebook' | 'instagram'>;
  assetId?: string;
  selectedItemId?: string;
  /**
   * The inbox with this conversation open and nothing else from the address (tracking and
   * layout parameters dropped): a link back for people with access to the account. Only when
   * both ids were read, as the inbox without its account opens another one's.
   */
  conversationUrl?: string;
}

/** One parameter's value if it is given exactly once and looks like an id; else undefined. */
function single(search: URLSearchParams, name: string, pattern: RegExp): string | undefined {
  const values = search.getAll(name);
  if (values.length !== 1) return undefined; // missing, or ambiguous: not guessed
  const value = values[0]!;
  return pattern.test(value) ? value : undefined;
}

/** The inbox context of `address`, or undefined if it is not a Business Suite inbox address. */
export function readInboxUrl(address: string | URL): InboxContext | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== host) return undefined;
  const view = inboxPath.exec(url.pathname)?.[1] as InboxContext['view'] | undefined;
  if (!view) return undefined;

  const context: InboxContext = { view };
  const platform = inboxViews[view];
  if (platform) context.platform = platform;
  const assetId = single(url.searchParams, params.assetId, assetIdPattern);
  const selectedItemId = single(url.searchParams, params.selectedItemId, itemIdPattern);
  if (assetId) context.assetId = assetId;
  if (selectedItemId) context.selectedItemId = selectedItemId;
  if (assetId && selectedItemId) {
    const link = new URL(`https://${host}/latest/inbox/${view}`);
    link.searchParams.set(params.assetId, assetId);
    link.searchParams.set(params.selectedItemId, selectedItemId);
    context.conversationUrl = link.href;
  }
  return context;
}
