// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PlacementOrder } from '../../../lib/overlay/placement-order';

function items(n: number): Element[] {
  return Array.from({ length: n }, (_, i) => {
    const el = document.createElement('div');
    el.id = `c${i}`;
    return el;
  });
}
const ids = (els: Element[]) => els.map((el) => el.id);

describe('PlacementOrder (lib/overlay/placement-order.ts)', () => {
  it('gives an item and its neighbours, nearest first, within the page’s ends', () => {
    const order = new PlacementOrder();
    const els = items(10);
    els.forEach((el) => order.add(el));
    expect(ids(order.around(els[5]!, 2, 3))).toEqual(['c5', 'c6', 'c4', 'c7', 'c3', 'c8']);
    expect(ids(order.around(els[0]!, 2, 2))).toEqual(['c0', 'c1', 'c2']);
    expect(ids(order.around(els[9]!, 1, 5))).toEqual(['c9', 'c8']);
  });

  it('a run that precedes items placed before it (a parser path element found complete late) is put in its place in the page', () => {
    const order = new PlacementOrder();
    const els = items(20);
    document.body.replaceChildren(...els);
    order.addRun(els.slice(0, 5));
    order.addRun(els.slice(15));
    order.addRun(els.slice(5, 15));
    expect(ids(order.slice(0, 20))).toEqual(ids(els));
    expect(ids(order.around(els[14]!, 1, 1))).toEqual(['c14', 'c15', 'c13']);
    // Before everything, and appended after all as usual.
    const before = items(2).map((el, i) => Object.assign(el, { id: `b${i}` }));
    document.body.prepend(...before);
    order.addRun(before);
    expect(ids(order.slice(0, 3))).toEqual(['b0', 'b1', 'c0']);
    const after = Object.assign(document.createElement('div'), { id: 'a0' });
    document.body.append(after);
    order.addRun([after]);
    expect(ids(order.slice(21, 2))).toEqual(['c19', 'a0']);
    // Detached items keep the order they came in.
    const loose = Object.assign(document.createElement('div'), { id: 'loose' });
    order.addRun([loose]);
    expect(ids(order.slice(22, 2))).toEqual(['a0', 'loose']);
    // The binary search over boxes relies on this order: from c10 on, everything is "reached".
    expect(order.search((el) => els.indexOf(el) >= 10 || el === after || el === loose, () => true)).toBe(12);
  });

  it('keeps each item once, at its first place', () => {
    const order = new PlacementOrder();
    const els = items(3);
    els.forEach((el) => order.add(el));
    order.add(els[0]!);
    expect(order.size).toBe(3);
    expect(ids(order.around(els[1]!, 1, 1))).toEqual(['c1', 'c2', 'c0']);
  });

  it('an item it does not know stands alone', () => {
    const order = new PlacementOrder();
    const [stranger] = items(1);
    expect(order.around(stranger!, 5, 5)).toEqual([stranger]);
  });

  it('compacts to the items still wanted, keeping their order', () => {
    const order = new PlacementOrder();
    const els = items(6);
    els.forEach((el) => order.add(el));
    order.compact((el) => el !== els[1]! && el !== els[2]!);
    expect(order.size).toBe(4);
    expect(ids(order.around(els[3]!, 1, 1))).toEqual(['c3', 'c4', 'c0']);
    expect(order.around(els[1]!, 1, 1)).toEqual([els[1]!]);
  });

  it('finds the nearest wanted item just beyond a window, on each side, within its limit', () => {
    const order = new PlacementOrder();
    const els = items(12);
    els.forEach((el) => order.add(el));
    const wanted = new Set(['c1', 'c9', 'c10']);
    const keep = (el: Element) => wanted.has(el.id);
    // Window c3..c7 (2 before, 2 after c5): c8 is not wanted, c9 is; c2 is not, c1 is.
    expect(ids(order.beyond(els[5]!, 2, 2, keep))).toEqual(['c9', 'c1']);
    // Nothing wanted within 1 place beyond c3..c7.
    expect(order.beyond(els[5]!, 2, 2, keep, 1)).toEqual([]);
    // At the ends of the order, and for an item it does not know.
    expect(ids(order.beyond(els[10]!, 0, 5, keep))).toEqual(['c9']);
    expect(order.beyond(items(1)[0]!, 1, 1, keep)).toEqual([]);
  });

  it('finds the first item past a point by binary search, stepping over items gone from the page', () => {
    const order = new PlacementOrder();
    const els = items(20);
    els.forEach((el) => order.add(el));
    const n = (el: Element) => Number(el.id.slice(1));
    const gone = new Set([7, 8, 9, 10]);
    const known = (el: Element) => !gone.has(n(el));
    const probes: number[] = [];
    const reached = (at: number) => (el: Element) => (probes.push(n(el)), n(el) >= at);
    expect(order.search(reached(12), known)).toBe(12);
    // A binary search: a handful of probes, never an item that is gone.
    expect(probes.length).toBeLessThanOrEqual(6);
    expect(probes.some((i) => gone.has(i))).toBe(false);
    // The first reached is gone: the next known one is found.
    expect(n(order.slice(order.search(reached(8), known), 1)[0]!)).toBeLessThanOrEqual(11);
    expect(order.search(reached(0), known)).toBe(0);
    expect(order.search(reached(99), known)).toBe(-1);
    expect(ids(order.slice(18, 5))).toEqual(['c18', 'c19']);
  });
});
