import { describe, expect, it } from 'vitest';
import { en, sv } from '../../../lib/i18n/messages';
import { toolbarEn } from '../../../lib/i18n/messages/toolbar.en';
import { toolbarSv } from '../../../lib/i18n/messages/toolbar.sv';
import { toolbarTranslator } from '../../../lib/i18n/toolbar';

// Issue 3: the content script carries only the toolbar's strings; they must be the same
// strings the full catalogue has, in both languages.
describe('the toolbar catalogue', () => {
  it('is part of the full catalogue, key for key and word for word', () => {
    for (const [key, text] of Object.entries(toolbarSv)) expect(sv[key as keyof typeof sv]).toBe(text);
    for (const [key, text] of Object.entries(toolbarEn)) expect(en[key as keyof typeof en]).toBe(text);
    expect(Object.keys(toolbarEn).sort()).toEqual(Object.keys(toolbarSv).sort());
  });

  it('translates with variables, Swedish by default and English on request', () => {
    expect(toolbarTranslator('sv')('overlay.captureLabel', { kind: 'kommentar', author: 'Karin' })).toBe('Fånga kommentar av Karin');
    expect(toolbarTranslator('en')('overlay.captureLabel', { kind: 'comment', author: 'Karin' })).toBe('Capture comment by Karin');
    expect(toolbarTranslator('sv')('guide.toggle')).toBe('Riktlinjer');
  });

  it('leaves an unknown placeholder as written rather than inventing a value', () => {
    expect(toolbarTranslator('sv')('overlay.failed', {})).toBe('Kunde inte spara: {reason}');
  });
});
