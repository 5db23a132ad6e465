/**
 * Meta Business Suite's inbox (business.facebook.com/latest/inbox/…). No public code or capture
 * shows its comment rows (research/DOM-NOTES.md, "Meta Business Suite inbox"), so nothing here
 * reads them: only the address, whose shape public code does show, and the reply box. Each
 * entry says what it matches and when it was noted. The address's shape is code (patterns, not
 * selectors); the reply box's selectors are data, in ./pack.json (issue 22: a site pack), and a
 * newer pack replaces them at run time (../packs.ts), so that one is a live binding.
 */

import shipped from './pack.json';
import { registerSitePack } from '../packs';

/** The inbox's host; nothing else is read as Business Suite. */
export const host = 'business.facebook.com';

/**
 * The inbox views, by path, and the platform of the conversations each one lists.
 * 2026-11 (DOM-NOTES): `/latest/inbox/{all|facebook|instagram}`; `all` mixes both platforms,
 * so its address does not say which one the open conversation is on.
 */
export const inboxViews = {
  all: undefined,
  facebook: 'facebook',
  instagram: 'instagram',
} as const;
export const inboxPath = /^\/latest\/inbox\/(all|facebook|instagram)\/?$/;

/** The query parameters that name the account and the open conversation. */
export const params = {
  // 2026-11 (DOM-NOTES): `asset_id=…`, the Page or Instagram account whose inbox this is.
  assetId: 'asset_id',
  // 2026-11 (DOM-NOTES): `selected_item_id=…`, the conversation (thread) open on the right.
  selectedItemId: 'selected_item_id',
} as const;

/**
 * What an id may look like to be kept. Asset ids are Page and account ids (digits); the selected
 * item's format is not documented, so letters, digits and `_ . : -` are allowed, nothing that
 * could be markup, a path or a second parameter.
 */
export const assetIdPattern = /^\d{1,30}$/;
export const itemIdPattern = /^[A-Za-z0-9_.:-]{1,100}$/;

/** The reply box, most specific first (pack.json: each alternative dated, saying what it matches). */
export let replyBox: string[] = [];

registerSitePack(shipped, (pick) => {
  replyBox = pick('replyBox');
});
