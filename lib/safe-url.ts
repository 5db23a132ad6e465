/**
 * A URL from a captured page, fit for an href: only http(s). Anything else (javascript:,
 * data:, garbage) is not a link, because captured content is untrusted (DESIGN.md decision 7).
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
