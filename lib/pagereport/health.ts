import { adapterFor } from '../platforms';
import type { AdapterRun } from './adapter-run';
import { unreadableFields } from './adapter-run';

export type HealthState = 'ok' | 'no-comments' | 'cannot-read';

export interface PageHealth {
  adapter: string | null;
  found: number;
  read: number;
  unreadableFields: Record<string, number>;
  /** What the page itself shows of comments, whatever the adapter makes of it. */
  signs: { articles: number; replyButtons: number; commentCount: number };
  state: HealthState;
  /**
   * Issue 24: whether a comment removed with the site's own menu is captured by itself here
   * ('watched': the adapter knows the menu), or no public source shows the site's menu
   * ('no-public-source': capture by hand before removing). Null where no adapter reads the page.
   */
  removalCapture: 'watched' | 'no-public-source' | null;
}

/** Accessible names of comment articles on the sites, sv and en ("Kommentar av …", "Comment by …", "Svar från …"). */
const COMMENT_NAME = /\b(kommentar|kommentaren|comment|svar|reply)\b/i;
const LIST_NAME = /^(kommentarer|comments)$/i;
const REPLY_LABEL = /^(svara|reply)$/i;
/** "23 kommentarer", "1 comment", "1 234 comments", "Visa alla 5 svar" is not counted (replies are shown with their comment). */
const COUNT = /(\d[\d\s\u00a0.,]*)\s*(kommentarer|kommentar|comments|comment)\b/giu;

function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
}

/** The signs of comments in the page, read from roles, labels and texts, never from the adapter's selectors. */
export function commentSigns(doc: Document): PageHealth['signs'] {
  const named = [...doc.querySelectorAll('[role="article"]')].filter((el) => COMMENT_NAME.test(accessibleName(el))).length;
  // A list named "Kommentarer" / "Comments": its entries are comments whatever their markup.
  const listed = [...doc.querySelectorAll('ul, ol, [role="list"], [role="feed"]')]
    .filter((el) => LIST_NAME.test(accessibleName(el).trim()))
    .reduce((n, el) => n + el.querySelectorAll(':scope > li, :scope > [role="listitem"], :scope > [role="article"]').length, 0);
  const articles = named + listed;
  const replyButtons = [...doc.querySelectorAll('button, [role="button"], a[role="link"]')].filter((el) =>
    REPLY_LABEL.test((el.getAttribute('aria-label') ?? el.textContent ?? '').trim()),
  ).length;
  let commentCount = 0;
  for (const m of (doc.body?.textContent ?? '').matchAll(COUNT)) {
    const n = Number((m[1] ?? '').replace(/[\s\u00a0.,]/gu, ''));
    if (Number.isFinite(n)) commentCount = Math.max(commentCount, n);
  }
  return { articles, replyButtons, commentCount };
}

/**
 * How well the adapter reads this page. 'cannot-read': the page shows comments (comment
 * articles, Reply buttons, a count above zero) and the adapter read none of them, the sign of
 * a redesign. 'no-comments': nothing read and nothing shown, a calm state.
 */
export function pageHealth(doc: Document, run: AdapterRun): PageHealth {
  const read = run.readings.filter((r) => r !== null).length;
  const signs = commentSigns(doc);
  const shown = signs.articles > 0 || signs.replyButtons > 0 || signs.commentCount > 0;
  const state: HealthState = read > 0 ? 'ok' : shown || run.error || run.found > 0 ? 'cannot-read' : 'no-comments';
  const removalCapture = run.adapter === null ? null : adapterFor(new URL(doc.URL))?.removal ? 'watched' : 'no-public-source';
  return { adapter: run.adapter, found: run.found, read, unreadableFields: unreadableFields(run.readings), signs, state, removalCapture };
}
