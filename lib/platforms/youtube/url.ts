/** YouTube comment links: `…/watch?v=VID&lc=COMMENT_ID`, the comment id being `lc`. */
import { origin } from './selectors';

export interface CommentLink {
  videoId?: string;
  commentId?: string;
}

export function parseCommentLink(href: string | null | undefined, base = origin): CommentLink {
  if (!href) return {};
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
