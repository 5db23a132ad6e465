// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { AfterParse, PLACED_WHILE_PARSING, ROOMS_PER_FRAME } from '../../../lib/overlay/after-parse';

// jsdom has no idle callbacks or frames: the browser's scheduler is stood in for by queues run
// by hand (the e2e tests in overlay-scale.e2e.ts run the real one).
function scheduler(doc: Document) {
  const idle: IdleRequestCallback[] = [];
  const frames: FrameRequestCallback[] = [];
  const view = doc.defaultView!;
  Object.assign(view, {
    requestIdleCallback: (cb: IdleRequestCallback) => idle.push(cb),
    cancelIdleCallback: () => idle.splice(0),
    requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
    cancelAnimationFrame: () => frames.splice(0),
  });
  return {
    idle: (ms = 50) => idle.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => ms })),
    frame: () => frames.splice(0).forEach((cb) => cb(0)),
  };
}

function page(): { doc: Document; rows: Element[]; list: Element } {
  const parsed = new DOMParser().parseFromString(`<div id="list">${Array.from({ length: 5 }, (_, i) => `<div class="block"><div class="row" id="r${i}"><p>text ${i}</p></div></div>`).join('')}</div>`, 'text/html');
  document.body.replaceChildren(document.adoptNode(parsed.getElementById('list')!));
  return { doc: document, list: document.getElementById('list')!, rows: [...document.querySelectorAll('.row')] };
}

describe('AfterParse (lib/overlay/after-parse.ts)', () => {
  it('holds only once the first screens have their rooms, and looks at the rest after the parse, in idle time', () => {
    const { doc, rows } = page();
    const run = scheduler(doc);
    const looked: string[] = [];
    const placed: string[] = [];
    const after = new AfterParse(doc, {
      look: (el) => looked.push(el.id || el.className),
      place: (_scrolled, count) => (placed.push(...looked.slice(placed.length, placed.length + count)), looked.length - placed.length),
      together: (work) => work(),
    });
    expect(after.holds(PLACED_WHILE_PARSING - 1)).toBe(false);
    expect(after.holds(PLACED_WHILE_PARSING)).toBe(true);
    // In the parser's order: here row 1 was on its path while blocks 2 and 3 were completed
    // beyond it (the decorator puts what it finds in the page's order: insertInPageOrder).
    after.hold(rows[1]!.firstElementChild!);
    after.hold(rows[2]!.parentElement!);
    after.hold(rows[3]!.parentElement!);
    after.hold(rows[1]!, true);
    after.hold(rows[4]!.parentElement!);
    run.idle();
    expect(looked).toEqual([]);
    after.parsed();
    run.idle();
    expect(looked).toEqual(['', 'block', 'block', 'r1', 'block']);
    expect(placed).toEqual([]);
    // Rooms come together, in the frame after the last slice.
    run.frame();
    expect(placed).toEqual(looked);
  });

  it('a reader who scrolls first has everything placed in the next frame, with what they scrolled, and nothing is held after', () => {
    const { doc, rows, list } = page();
    const run = scheduler(doc);
    let scrolled: Element | null | undefined;
    const looked: Element[] = [];
    const after = new AfterParse(doc, { look: (el) => looked.push(el), place: (s) => ((scrolled = s), 0), together: (work) => work() });
    after.hold(rows[3]!);
    list.dispatchEvent(new Event('scroll'));
    expect(after.holds(PLACED_WHILE_PARSING)).toBe(false);
    run.frame();
    expect(looked).toEqual([rows[3]]);
    expect(scrolled).toBe(list);
    after.parsed();
    run.idle();
    expect(looked).toHaveLength(1);
  });

  it('places the rooms a few hundred a frame, and all that are left in the frame after the reader scrolls', () => {
    const { doc, rows, list } = page();
    const run = scheduler(doc);
    const found: Element[] = [];
    const frames: { count: number; scrolled: Element | null }[] = [];
    let placed = 0;
    const after = new AfterParse(doc, {
      look: (el) => found.push(el),
      place: (scrolled, count) => {
        const now = Math.min(count, found.length - placed);
        placed += now;
        frames.push({ count: now, scrolled });
        return found.length - placed;
      },
      together: (work) => work(),
    });
    const many = 2 * ROOMS_PER_FRAME + 100;
    for (let i = 0; i < many; i++) after.hold(rows[i % rows.length]!);
    after.parsed();
    run.idle();
    expect(found).toHaveLength(many);
    run.frame();
    run.frame();
    expect(frames).toEqual([
      { count: ROOMS_PER_FRAME, scrolled: null },
      { count: ROOMS_PER_FRAME, scrolled: null },
    ]);
    list.dispatchEvent(new Event('scroll'));
    run.frame();
    expect(frames[2]).toEqual({ count: 100, scrolled: list });
    run.frame();
    expect(frames).toHaveLength(3);
  });
});
