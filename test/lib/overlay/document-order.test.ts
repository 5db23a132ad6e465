// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentOrder } from '../../../lib/overlay/document-order';

/** A list of `n` comment blocks, each holding its item deeper down (as on Instagram). */
function page(n: number): Element[] {
  document.body.replaceChildren();
  const list = document.createElement('div');
  for (let i = 0; i < n; i++) {
    const block = document.createElement('div');
    const item = document.createElement('div');
    item.id = `c${i}`;
    block.append(document.createElement('span'), item);
    list.append(block);
  }
  document.body.append(list);
  return [...list.querySelectorAll('[id^="c"]')];
}

const original = Node.prototype.compareDocumentPosition;
afterEach(() => {
  Node.prototype.compareDocumentPosition = original;
});

const place = (el: Node) => Number((el as Element).id.slice(1));

/**
 * The comparisons `work` makes, and how many of them are of items more than `near` places
 * apart: the browser walks the siblings between them (or to the list's start), so those are
 * what a long list makes costly.
 */
function comparisons(work: () => void, near = 2): { calls: number; far: number } {
  let calls = 0;
  let far = 0;
  Node.prototype.compareDocumentPosition = function (this: Node, other: Node) {
    calls++;
    if (Math.abs(place(this) - place(other)) > near) far++;
    return original.call(this, other);
  };
  try {
    work();
  } finally {
    Node.prototype.compareDocumentPosition = original;
  }
  return { calls, far };
}

/** A fixed shuffle (no randomness in tests): i * 37 mod n visits every place once when n is prime to 37. */
const shuffled = <T>(xs: T[]) => xs.map((_, i) => xs[(i * 37) % xs.length]!);

describe('DocumentOrder', () => {
  it('keeps elements in document order whatever order they come in, read at once or after each', () => {
    const items = page(200);
    const atOnce = new DocumentOrder();
    const each = new DocumentOrder();
    for (const item of shuffled(items)) {
      atOnce.insert(item);
      each.insert(item);
      expect(each.all.length).toBeGreaterThan(0);
    }
    expect(atOnce.all).toEqual(items);
    expect(each.all).toEqual(items);
  });

  it('appends what comes last with one comparison each, with its neighbour (infinite scroll)', () => {
    const items = page(100);
    const order = new DocumentOrder();
    const { calls, far } = comparisons(() => items.forEach((item) => (order.insert(item), order.all)));
    expect(order.all).toEqual(items);
    expect({ calls, far }).toEqual({ calls: 99, far: 0 });
  });

  it('puts a read-ahead between the top and the end already known as one run: a few far comparisons, not one per comment', () => {
    const items = page(1000);
    const order = new DocumentOrder();
    // The view at the top and at the end were decorated first; the read-ahead then goes down from the top.
    for (const item of [...items.slice(0, 10), ...items.slice(990)]) order.insert(item);
    expect(order.all).toHaveLength(20);
    const { calls, far } = comparisons(() => {
      items.slice(10, 990).forEach((item) => order.insert(item));
      expect(order.all).toEqual(items);
    });
    // 979 neighbours within the run; its start against the end, a search of 20, its end against the end's first.
    expect(calls).toBeLessThan(979 + 10);
    expect(far).toBeLessThanOrEqual(6);
  });

  it('resumes each stream where its last run ended: the read-ahead and the reader’s scroll, interleaved', () => {
    const items = page(1000);
    const order = new DocumentOrder();
    for (const item of items.slice(0, 10)) order.insert(item);
    expect(order.all).toHaveLength(10);
    let runs = 0;
    const { far } = comparisons(() => {
      // 40 idle slices of 20 comments read ahead, each followed by a frame of the scroll drawing 2 near the end.
      for (let k = 0; k < 40; k++) {
        items.slice(10 + 20 * k, 30 + 20 * k).forEach((item) => order.insert(item));
        items.slice(900 + 2 * k, 902 + 2 * k).forEach((item) => order.insert(item));
        runs += 2;
        // A send every 250 ms: every 4th slice.
        if (k % 4 === 3) expect(order.all.length).toBeGreaterThan(0);
      }
    });
    expect(order.all).toEqual([...items.slice(0, 810), ...items.slice(900, 980)]);
    // ~5 a run: where the two streams meet in what was sent, the read-ahead tries the scroll's cursor,
    // and splits its run at the scroll's first element. Put in place one by one, each comment read
    // ahead was compared with the end: ~2 far comparisons a comment, 20 a run.
    expect(far / runs).toBeLessThanOrEqual(6);
  });

  it('splits what came interleaved into runs, and a run that does not fit whole goes one by one', () => {
    const items = page(60);
    const order = new DocumentOrder();
    for (const item of [items[0]!, items[59]!]) order.insert(item);
    expect(order.all).toHaveLength(2);
    // A read-ahead from the top, the reader's scroll near the end, a run that spans a known item.
    for (const k of [1, 2, 3, 50, 51, 4, 5, 52]) order.insert(items[k]!);
    expect(order.all.map(place)).toEqual([0, 1, 2, 3, 4, 5, 50, 51, 52, 59]);
    for (const k of [30, 40, 55, 58]) order.insert(items[k]!);
    expect(order.all.map(place)).toEqual([0, 1, 2, 3, 4, 5, 30, 40, 50, 51, 52, 55, 58, 59]);
  });

  it('keeps its order after elements are dropped, and inserts among the rest', () => {
    const items = page(50);
    const order = new DocumentOrder();
    for (const item of items) if (place(item) % 2 === 0) order.insert(item);
    order.filter((item) => place(item) < 30);
    for (const item of shuffled(items.filter((item) => place(item) % 2 === 1))) order.insert(item);
    const expected = items.filter((item) => place(item) < 30 || place(item) % 2 === 1);
    expect(order.all).toEqual(expected);
  });
});
