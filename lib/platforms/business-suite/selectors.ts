/**
 * Meta Business Suite's inbox (business.facebook.com/latest/inbox/…). No public code or capture
 * shows its comment rows (research/DOM-NOTES.md, "Meta Business Suite inbox"), so nothing here
 * reads them: only the address, whose shape public code does show, and the reply box. Each
 * entry says what it matches and when it was noted.
 */

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

/** The reply box, most specific first. */
export const replyBox = [
  // 2026-11 (DOM-NOTES): a Lexical editor, as on facebook.com.
  '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  // 2026-11 (DOM-NOTES): "a contenteditable textbox", without Lexical's marker.
  '[contenteditable="true"][role="textbox"]',
  // 2026-11 (DOM-NOTES): "or a textarea". In no fixture; kept, as a unit test builds it
  // (test/lib/platforms/selectors-alive.test.ts lists it).
  'textarea',
];
