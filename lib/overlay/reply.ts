/**
 * Inserting a reply into the site's reply box for an item. Placeholder until the adapters'
 * reply paths are wired (the lead replaces this body): it puts the text on the clipboard so
 * the user can paste it, and says so.
 */
export async function insertReply(_item: Element, text: string): Promise<{ ok: boolean; method: string }> {
  await navigator.clipboard.writeText(text);
  return { ok: false, method: 'clipboard' };
}
