// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ownMatch } from '../../../lib/platforms/own';

const doc = (html: string): Document => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

describe('ownMatch: a field of the item itself, never of an item nested in it', () => {
  const page = doc(`
    <div class="item" id="a">
      <div class="wrap"><div class="item" id="reply"><span class="author">Reply author</span></div></div>
      <div><span class="author">Own author</span></div>
      <span class="empty author"></span>
    </div>`);
  const item = page.getElementById('a')!;
  const reply = page.getElementById('reply')!;

  it("skips the nested item's field, however deep, and finds the item's own", () => {
    expect(ownMatch(item, ['.author'], '.item')?.textContent).toBe('Own author');
  });

  it('a nested item reads its own field', () => {
    expect(ownMatch(reply, ['.author'], '.item')?.textContent).toBe('Reply author');
  });

  it('alternatives in order; `accept` filters', () => {
    expect(ownMatch(item, ['.missing', '.author'], '.item')?.textContent).toBe('Own author');
    expect(ownMatch(item, ['.author'], '.item', (el) => el.textContent === '')?.className).toBe('empty author');
    expect(ownMatch(item, ['.missing'], '.item')).toBeNull();
  });

  it('an item that does not itself match the item selector still owns what no nested item holds', () => {
    const outer = doc('<section id="s"><div class="item"><b>nested</b></div><b>own</b></section>');
    expect(ownMatch(outer.getElementById('s')!, ['b'], '.item')?.textContent).toBe('own');
    const inside = doc('<div class="item"><section id="s"><b>own</b></section></div>');
    expect(ownMatch(inside.getElementById('s')!, ['b'], '.item')?.textContent).toBe('own');
  });
});
