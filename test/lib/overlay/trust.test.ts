// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArrivalBound, ARRIVALS_TAKEN_AT_MOST } from '../../../lib/overlay/arrival-bound';
import { pageHealth } from '../../../lib/overlay/page-health';
import { byUser, FORGED_NOTE } from '../../../lib/overlay/trust';

// Issue 26. What a script dispatches is never the user's (jsdom's events, like a page's, are
// not trusted); the browser's own are tested in test/e2e/hostile-page.e2e.ts.
describe('byUser', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses a script-made event, noting the first one only, in our console', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const button = document.createElement('button');
    let acted = 0;
    button.addEventListener('click', (e) => byUser(e) && acted++);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button.dispatchEvent(new CustomEvent('click'));
    expect(acted).toBe(0);
    expect(info.mock.calls).toEqual([[FORGED_NOTE]]);
  });

  it('lets the browser-made (trusted) one through, without a note', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    expect(byUser({ isTrusted: true } as Event)).toBe(true);
    expect(info).not.toHaveBeenCalled();
  });
});

describe('the bound on a page script’s arrivals per frame', () => {
  it('takes up to ARRIVALS_TAKEN_AT_MOST items while looking, counts the rest for page health, and says it overflowed once', () => {
    const bound = new ArrivalBound();
    const before = pageHealth().notDecoratedTooMany;
    bound.begin();
    let taken = 0;
    for (let i = 0; i < ARRIVALS_TAKEN_AT_MOST + 25; i++) if (bound.take()) taken++;
    bound.end();
    expect(taken).toBe(ARRIVALS_TAKEN_AT_MOST);
    expect(pageHealth().notDecoratedTooMany - before).toBe(25);
    expect(bound.takeOverflowed()).toBe(true);
    expect(bound.takeOverflowed()).toBe(false);
    // Outside a look (the parser's items): never bound.
    for (let i = 0; i < ARRIVALS_TAKEN_AT_MOST + 1; i++) expect(bound.take()).toBe(true);
    expect(pageHealth().notDecoratedTooMany - before).toBe(25);
  });

  it('counts the rest of a mutation record once the frame’s roots are full, without looking at them', () => {
    const bound = new ArrivalBound();
    const before = pageHealth().notDecoratedTooMany;
    expect(bound.full(ARRIVALS_TAKEN_AT_MOST - 1, 10)).toBe(false);
    expect(bound.full(ARRIVALS_TAKEN_AT_MOST, 49_000)).toBe(true);
    expect(pageHealth().notDecoratedTooMany - before).toBe(49_000);
  });

  it('once the frame has placed all it may, counts the roots left instead of looking in them', () => {
    const bound = new ArrivalBound();
    const before = pageHealth().notDecoratedTooMany;
    bound.begin();
    expect(bound.spent(600)).toBe(false);
    for (let i = 0; i < ARRIVALS_TAKEN_AT_MOST - 1; i++) bound.take();
    expect(bound.spent(500)).toBe(false);
    bound.take();
    expect(bound.spent(400)).toBe(true);
    bound.end();
    expect(pageHealth().notDecoratedTooMany - before).toBe(400);
    expect(bound.takeOverflowed()).toBe(true);
    // Outside a look (the parser's items): never spent.
    expect(bound.spent(10)).toBe(false);
  });
});
