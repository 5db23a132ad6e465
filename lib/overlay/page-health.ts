/**
 * What the overlay could not do on this page, for a page-health view to show (issue 26): kept
 * on our isolated world's global (the page cannot read it), one per document.
 */
export interface PageHealth {
  /**
   * Elements a page script added in batches larger than any feed's (ARRIVALS_TAKEN_AT_MOST in
   * ./decorator.ts), left without a toolbar: comments, or subtrees that may hold some.
   */
  notDecoratedTooMany: number;
}

const HEALTH = Symbol.for('kommentarsvakt.page-health');

export function pageHealth(): PageHealth {
  const g = globalThis as typeof globalThis & { [HEALTH]?: PageHealth };
  return (g[HEALTH] ??= { notDecoratedTooMany: 0 });
}
