/**
 * Whether a person made this event (the browser's `isTrusted`): the page's own scripts can
 * click our buttons, dispatch our events and send keys into our shadow roots, and only the
 * administrator's own hand may make a record, open a guide or insert a reply (issue 26). A
 * forged event is ignored without a word on the page, where a script could probe for it; the
 * first one on a page is noted once in our own console (an isolated world's, which the page
 * cannot read), for support.
 */
export function byUser(e: Event): boolean {
  if (e.isTrusted) return true;
  const g = globalThis as typeof globalThis & { [TOLD]?: true };
  // On our isolated world's global: the guide panel is a script of its own, the page one.
  if (!g[TOLD]) {
    g[TOLD] = true;
    console.info(FORGED_NOTE);
  }
  return false;
}

const TOLD = Symbol.for('kommentarsvakt.forged-event-told');

/** For support, in English whatever the UI's language: what was ignored and why. */
export const FORGED_NOTE = 'Kommentarsvakt: ignored an event the page made, not the user (noted once per page).';
