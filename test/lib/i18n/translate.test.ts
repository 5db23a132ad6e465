import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../../../lib/i18n/translate';

// The translator splits each message once and reuses the parts (lib/i18n/translate.ts).
describe('makeTranslator', () => {
  const t = makeTranslator({ two: '{a} och {b}.', edge: '{a}{a}', none: 'Inget {här}', dollar: 'Pris: {p}' });

  it('fills every placeholder, also the same one twice and at the very ends', () => {
    expect(t('two', { a: 'Anna', b: 'Bo' })).toBe('Anna och Bo.');
    expect(t('two', { a: 'Cilla', b: 'Dan' })).toBe('Cilla och Dan.');
    expect(t('edge', { a: 'x' })).toBe('xx');
  });

  it('keeps an unknown placeholder as written, and a value verbatim ($& is not a pattern)', () => {
    expect(t('none', {})).toBe('Inget {här}');
    expect(t('two', { a: 'Anna' })).toBe('Anna och {b}.');
    expect(t('dollar', { p: '$& 5 {a}' })).toBe('Pris: $& 5 {a}');
  });

  it('returns the message itself without variables', () => {
    expect(t('none')).toBe('Inget {här}');
  });
});
