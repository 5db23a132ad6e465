// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mayStillGrow, parseFrontier } from '../../../lib/overlay/parse-frontier';

/** A document as the parser leaves it between two chunks: readyState 'loading', the last element open. */
function loading(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'readyState', { value: 'loading' });
  return doc;
}

describe('parseFrontier and mayStillGrow (lib/overlay/parse-frontier.ts)', () => {
  it('while parsing, the frontier is the deepest last element, and only what holds it may still grow', () => {
    const doc = loading('<ul id="list"><li id="a"><div role="article" id="c1">Ett</div></li><li id="b"><div role="article" id="c2"><span id="last">Tv</span></div></li></ul>');
    const frontier = parseFrontier(doc);
    expect(frontier?.id).toBe('last');
    const byId = (id: string) => doc.getElementById(id)!;
    // The first comment is followed by another: complete.
    expect(mayStillGrow(byId('a'), frontier)).toBe(false);
    expect(mayStillGrow(byId('c1'), frontier)).toBe(false);
    // The last one, its list and the body may still receive children.
    expect(mayStillGrow(byId('c2'), frontier)).toBe(true);
    expect(mayStillGrow(byId('b'), frontier)).toBe(true);
    expect(mayStillGrow(byId('list'), frontier)).toBe(true);
    expect(mayStillGrow(doc.body, frontier)).toBe(true);
    expect(mayStillGrow(byId('last'), frontier)).toBe(true);
  });

  it('once parsed, there is no frontier and nothing is still growing', () => {
    const doc = new DOMParser().parseFromString('<ul><li id="a">Ett</li></ul>', 'text/html');
    expect(doc.readyState).not.toBe('loading');
    const frontier = parseFrontier(doc);
    expect(frontier).toBeNull();
    expect(mayStillGrow(doc.getElementById('a')!, frontier)).toBe(false);
    expect(mayStillGrow(doc.documentElement, frontier)).toBe(false);
  });

  it('a document without its root element yet (document_start) has no frontier', () => {
    const doc = loading('<p>x</p>');
    doc.documentElement.remove();
    expect(parseFrontier(doc)).toBeNull();
  });
});
