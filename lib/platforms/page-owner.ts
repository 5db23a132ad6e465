/**
 * Whose page it is, asked once per page rather than per comment: the owner's links stand
 * outside the comments, and finding them is a page-wide query that thousands of readings must
 * not repeat. Keyed by the document and what names the page (its address, a video id): in-page
 * navigation changes that key. An empty answer is asked again after a second, as the header
 * can render after the first comments.
 */
const RETRY_MS = 1000;

const cache = new WeakMap<Document, { key: string; owners: ReadonlySet<string>; at: number }>();

export function pageOwners(doc: Document, key: string, find: () => readonly string[]): ReadonlySet<string> {
  const now = Date.now();
  const hit = cache.get(doc);
  if (hit?.key === key && (hit.owners.size > 0 || now - hit.at < RETRY_MS)) return hit.owners;
  const owners = new Set(find());
  cache.set(doc, { key, owners, at: now });
  return owners;
}
