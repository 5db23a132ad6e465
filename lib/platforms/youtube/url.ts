/** YouTube comment links: `…/watch?v=VID&lc=COMMENT_ID`, the comment id being `lc`. */
import { origin } from './selectors';

export interface CommentLink {
  videoId?: string;
  commentId?: string;
}

/**
 * The link as YouTube writes it, ids that need no decoding: read without a URL parse, which cost
 * most of reading a comment (bench, 2,000 comments). Any other shape is parsed as a URL.
 */
const PLAIN_LINK = /^(?:https:\/\/www\.youtube\.com)?\/watch\?v=([\w-]+)&lc=([\w.-]+)$/;

export function parseCommentLink(href: string | null | undefined, base = origin): CommentLink {
  if (!href) return {};
  const plain = PLAIN_LINK.exec(href);
  if (plain) return { videoId: plain[1], commentId: plain[2] };
  try {
    const url = new URL(href, base);
    return {
      videoId: url.searchParams.get('v') || undefined,
      commentId: url.searchParams.get('lc') || undefined,
    };
  } catch {
    return {};
  }
}

export function watchUrl(videoId: string, commentId?: string): string {
  const v = `${origin}/watch?v=${encodeURIComponent(videoId)}`;
  return commentId ? `${v}&lc=${encodeURIComponent(commentId)}` : v;
}

/** A reply's id is its comment's id, a dot and its own (`lc=UgxA….AbC`): the comment it answers. */
export function replyParentId(kind: string, commentId: string): string | undefined {
  if (kind !== 'reply') return undefined;
  const dot = commentId.indexOf('.');
  return dot > 0 ? commentId.slice(0, dot) : undefined;
}
