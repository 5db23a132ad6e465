import type { ItemReading, ParentReading } from '../types';
import { absoluteUrl, oneLine, textOf, webUrl } from '../text';
import { listed } from '../node-list';
import * as sel from './selectors';

/** Elements inside `el` that belong to it and not to an item nested in it, passing `ok`. */
function own(el: Element, selector: string, ok: (e: Element) => boolean): Element[] {
  return listed(el.querySelectorAll(selector)).filter((e) => e.closest(sel.article) === el && ok(e));
}

/** The first of them, without asking the rest (a comment's replies hold most of its links). */
function firstOwn(el: Element, selector: string, ok: (e: Element) => boolean): Element | undefined {
  const found = el.querySelectorAll(selector);
  for (let i = 0; i < found.length; i++) {
    const e = found[i]!;
    if (ok(e) && e.closest(sel.article) === el) return e;
  }
  return undefined;
}

/** The article's own permalink link: the last comment_id link that is not inside a nested item. */
export function commentLinkOf(el: Element): HTMLAnchorElement | undefined {
  // From the end: the replies' links come last, but a comment without replies is answered at once.
  const links = el.querySelectorAll(sel.commentLink);
  for (let i = links.length - 1; i >= 0; i--) {
    if (links[i]!.closest(sel.article) === el) return links[i] as HTMLAnchorElement;
  }
  return undefined;
}

/**
 * A comment has its own comment_id links, and they come before its replies'; a post's first
 * such link belongs to its first comment. So the first link decides, without walking a post's
 * thousands of links (bench: that walk made each read O(comments on the page)).
 */
export function isComment(el: Element): boolean {
  if (!el.matches(sel.article)) return false;
  const first = el.querySelector(sel.commentLink);
  return first !== null && first.closest(sel.article) === el;
}

/**
 * A profile link as the author's identity: Facebook appends its tracking to `profile.php?id=N`
 * links with a second `?` (`profile.php?id=N?comment_id=M`), which would make the id
 * `N?comment_id=M`; every `?` after the first starts another parameter.
 */
export function cleanProfileUrl(href: string | null, base: string): string | undefined {
  const u = webUrl(href, base);
  if (!u) return undefined;
  // Nothing to take away (a plain profile address): the address as read, without a second parse.
  if (!u.search && !u.href.includes('?')) return u.href;
  const query = u.search.slice(1).replaceAll('?', '&');
  const params = new URLSearchParams(query);
  // forEach, not a spread: a Firefox content script may not iterate a URLSearchParams
  // (XrayWrapper: "object is not safely Xrayable").
  const tracking: string[] = [];
  params.forEach((_value, key) => {
    if (sel.trackingParams.some((p) => key === p || key.startsWith(`${p}[`))) tracking.push(key);
  });
  tracking.forEach((key) => params.delete(key));
  u.search = params.toString();
  return u.href;
}

/**
 * Posts' readings, once per post: reading one means looking past all its comments. Keyed by
 * the element and checked against a cheap fingerprint (first header link and message, found
 * first in document order), because the feed may reuse a post's element for another post.
 */
const parents = new WeakMap<Element, PostContext>();

/** A post as its comments need it: its reading, and who wrote it (the page itself). */
interface PostContext {
  fingerprint: string;
  reading: ParentReading | undefined;
  /** The post author's name and cleaned profile link: a comment with both is by the page. */
  owner?: { name: string; url: string };
}

function fingerprintOf(scope: Element): string {
  return `${scope.querySelector(sel.postAuthor)?.getAttribute('href') ?? ''}\n${scope.querySelector(sel.postMessage)?.textContent ?? ''}\n${scope.querySelector(sel.postLink)?.getAttribute('href') ?? ''}`;
}

/** The post a comment belongs to: the enclosing post article, else the dialog, else the page. */
function parentOf(el: Element, base: string): Omit<PostContext, 'fingerprint'> {
  let post: Element | null = el.parentElement?.closest(sel.article) ?? null;
  while (post && isComment(post)) post = post.parentElement?.closest(sel.article) ?? null;
  const scope = post ?? el.closest(sel.postDialog);
  if (!scope) return { reading: readParent(null, base).reading };
  const fingerprint = fingerprintOf(scope);
  const cached = parents.get(scope);
  if (cached?.fingerprint === fingerprint) return cached;
  const context = { fingerprint, ...readParent(scope, base) };
  parents.set(scope, context);
  return context;
}

/** The first match that passes `ok`: the post's own parts come before its comments, so usually the first. */
function firstOfPost<T extends Element>(scope: Element, selector: string, ok: (el: T) => boolean): T | undefined {
  const first = scope.querySelector<T>(selector);
  if (!first || ok(first)) return first ?? undefined;
  return Array.from(scope.querySelectorAll<T>(selector)).find(ok);
}

function readParent(scope: Element | null, base: string): Omit<PostContext, 'fingerprint'> {
  const parent: ParentReading = {};
  let owner: PostContext['owner'];
  if (scope) {
    const authorLink = firstOfPost(scope, sel.postAuthor, (a) => !a.closest(sel.commentLink) && !isInsideComment(a, scope));
    const author = oneLine(authorLink?.textContent);
    if (author) parent.author = author;
    const ownerUrl = cleanProfileUrl(authorLink?.getAttribute('href') ?? null, base);
    if (author && ownerUrl) owner = { name: author, url: ownerUrl };
    const message = firstOfPost(scope, sel.postMessage, (m) => !isInsideComment(m, scope));
    if (message) parent.text = textOf(message);
    const link = firstOfPost<HTMLAnchorElement>(scope, sel.postLink, (a) => !isInsideComment(a, scope) && !a.href.includes('comment_id='));
    const permalink = absoluteUrl(link?.getAttribute('href'), base);
    if (permalink) parent.permalink = permalink;
  }
  if (!parent.permalink) {
    // Single-comment permalink pages (/posts/…?comment_id=…) are the post's own page.
    const page = new URL(base);
    if (/\/(posts|permalink|videos|photos)\//.test(page.pathname) || page.searchParams.has('story_fbid')) {
      page.searchParams.delete('comment_id');
      page.searchParams.delete('reply_comment_id');
      page.hash = '';
      parent.permalink = page.href;
    }
  }
  const reading = Object.keys(parent).length > 0 ? parent : undefined;
  return owner ? { reading, owner } : { reading };
}

function isInsideComment(node: Element, scope: Element): boolean {
  for (let a = node.closest(sel.article); a && a !== scope; a = a.parentElement?.closest(sel.article) ?? null) {
    if (isComment(a)) return true;
  }
  return false;
}

/** Reads one comment or reply article; null for anything that is not one. */
export function readFacebookItem(el: Element, base: string = el.ownerDocument.location?.href ?? 'https://www.facebook.com/'): ItemReading | null {
  const link = commentLinkOf(el);
  if (!link) return null;
  const unreadable: string[] = [];
  const href = link.getAttribute('href') ?? '';
  // One parse for the ids and the permalink.
  const url = webUrl(href, base);
  const commentId = url?.searchParams.get('comment_id') ?? undefined;
  const replyId = url?.searchParams.get('reply_comment_id') ?? undefined;
  const permalink = url?.href;

  // The author: the first own link with text that is not the permalink/timestamp.
  const authorLink = firstOwn(el, 'a[href]', (a) => a !== link && oneLine(a.textContent) !== '');
  const author = oneLine(authorLink?.textContent);
  if (!author) unreadable.push('author');
  const authorUrl = cleanProfileUrl(authorLink?.getAttribute('href') ?? null, base);

  // Text: the own top-level div[dir=auto] blocks, outside links (names are span/links).
  const blocks = own(el, sel.textBlock, (b) => !b.closest('a') && !b.parentElement?.closest(sel.textBlock));
  const text = blocks.map((b) => textOf(b)).filter(Boolean).join('\n');
  if (blocks.length === 0) unreadable.push('text');

  const publishedText = oneLine(link.textContent) || undefined;
  if (!publishedText) unreadable.push('publishedText');

  const post = parentOf(el, base);
  const reading: ItemReading = {
    kind: replyId ? 'reply' : 'comment',
    author,
    text,
    // The page itself: the post's author, by name and by profile link (a namesake has another link).
    byOwner: !!post.owner && author === post.owner.name && authorUrl === post.owner.url,
    unreadable,
  };
  if (authorUrl) reading.authorUrl = authorUrl;
  if (permalink) reading.permalink = permalink;
  const itemId = replyId ?? commentId;
  if (itemId) reading.itemId = itemId;
  if (replyId && commentId) reading.parentItemId = commentId;
  if (publishedText) reading.publishedText = publishedText;
  if (post.reading) reading.parent = post.reading;
  return reading;
}

/** The part of a comment that is the comment itself, without its nested replies. */
export function frameOfFacebookItem(el: Element): Element {
  const nested = el.querySelector(sel.article);
  if (!nested) return el;
  // The first child holds avatar, bubble and actions; replies follow in a later child.
  const first = el.firstElementChild;
  return first && !first.contains(nested) ? first : el;
}
