import { describe, expect, it } from 'vitest';
import { attrs, element, xmlAttr, xmlSafe, xmlText } from '../../../lib/export/eark/xml';
import { excerpt, visibleText } from '../../../lib/export/visibleText';
import { HOSTILE_TEXTS } from './fixtures';

describe('XML escaping', () => {
  it('escapes markup in text and attributes', () => {
    expect(xmlText(HOSTILE_TEXTS.html)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(xmlText('a ]]> & b')).toBe('a ]]&gt; &amp; b');
    expect(xmlAttr('"1" & <2>')).toBe('&quot;1&quot; &amp; &lt;2&gt;');
    expect(attrs({ A: 'x', B: undefined, C: 3 })).toBe(' A="x" C="3"');
    expect(element('title', 'Å<')).toBe('<title>Å&lt;</title>');
    expect(element('title', undefined)).toBe('');
  });
  it('keeps tab and line breaks through parsing', () => {
    expect(xmlText('a\r\nb\tc')).toBe('a&#13;\nb\tc');
    expect(xmlAttr('a\r\nb\tc')).toBe('a&#13;&#10;b&#9;c');
  });
  it('replaces and counts only what XML 1.0 cannot hold', () => {
    expect(xmlSafe(HOSTILE_TEXTS.nul)).toEqual({ text: 'före\uFFFDefter', replaced: 1 });
    expect(xmlSafe(HOSTILE_TEXTS.loneSurrogate)).toEqual({ text: 'x\uFFFDy', replaced: 1 });
    expect(xmlSafe('\uDC00\uD800\u0001\u000B\uFFFE\uFFFF')).toEqual({ text: '\uFFFD'.repeat(6), replaced: 6 });
    for (const text of [HOSTILE_TEXTS.rtl, HOSTILE_TEXTS.zeroWidth, HOSTILE_TEXTS.formula, '😀 \u0085 \uE000']) expect(xmlSafe(text)).toEqual({ text, replaced: 0 });
  });
});

describe('visibleText', () => {
  it('shows invisible and reordering characters as codes, keeps letters, emoji, tab and newline', () => {
    expect(visibleText('åäö 😀\n\t')).toBe('åäö 😀\n\t');
    expect(visibleText(HOSTILE_TEXTS.rtl)).toBe('abc[U+202E]txt.exe');
    expect(visibleText('\u0000\u007F\u0085\u2028\uD800\uFFFF')).toBe('[U+0000][U+007F][U+0085][U+2028][U+D800][U+FFFF]');
  });
  it('excerpts on one line without splitting a surrogate pair', () => {
    expect(excerpt(' a\r\n b ', 10)).toBe('a b');
    expect(excerpt('😀😀😀', 2)).toBe('😀😀…');
    expect(excerpt('\uFEFFx', 5)).toBe('\uFEFFx');
  });
});
