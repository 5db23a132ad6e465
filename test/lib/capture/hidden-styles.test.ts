// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HiddenStyles } from '../../../lib/capture/hidden-styles';

describe('HiddenStyles', () => {
  it('hides for the shot and puts back exactly what each element had', () => {
    for (const [tag, id, style] of [['header', 'a', null], ['div', 'b', 'visibility: visible; color: red'], ['div', 'c', 'visibility: collapse !important']] as const) {
      const el = document.createElement(tag);
      el.id = id;
      if (style) el.setAttribute('style', style);
      document.body.append(el);
    }
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!) as [HTMLElement, HTMLElement, HTMLElement];
    const before = [a, b, c].map((el) => el.getAttribute('style'));
    const hidden = new HiddenStyles();
    expect(hidden.hide(a)).toBe(true);
    expect(hidden.hide(b)).toBe(true);
    expect(hidden.hide(c)).toBe(true);
    expect(hidden.hide(a)).toBe(false);
    expect(hidden.size).toBe(3);
    for (const el of [a, b, c]) {
      expect(el.style.getPropertyValue('visibility')).toBe('hidden');
      expect(el.style.getPropertyPriority('visibility')).toBe('important');
    }
    // The page changes its own inline style meanwhile: that change is kept.
    b.style.setProperty('color', 'blue');
    hidden.restore();
    expect(a.getAttribute('style')).toBe(before[0]);
    expect(a.hasAttribute('style')).toBe(false);
    expect(b.style.getPropertyValue('visibility')).toBe('visible');
    expect(b.style.getPropertyValue('color')).toBe('blue');
    // Re-serialised by the browser, but the same declaration: value and priority.
    expect([c.style.getPropertyValue('visibility'), c.style.getPropertyPriority('visibility')]).toEqual(['collapse', 'important']);
    expect(before[2]).toContain('collapse !important');
    expect(hidden.size).toBe(0);
  });
});
