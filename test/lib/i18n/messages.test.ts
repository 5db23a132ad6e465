import { describe, expect, it } from 'vitest';
import { en, sv } from '../../../lib/i18n/messages';
import { toolbarEn } from '../../../lib/i18n/messages/toolbar.en';
import { toolbarSv } from '../../../lib/i18n/messages/toolbar.sv';
import { translator } from '../../../lib/i18n';

// Issue 18, point 6: no Swedish left in the English UI. Every English message is inspected for
// Swedish-only letters and common Swedish words; names that are Swedish in any language (the
// product, Swedish law and registers) are allowed by exact phrase.
const ALLOWED = ['Kommentarsvakt', 'Tyresö', 'offentlighets- och sekretesslagen', 'Bilaga', 'diarienummer', 'Dnr'];
const SWEDISH_WORDS = /\b(och|eller|inte|för|till|från|med|som|att|är|har|kan|ska|poster|kanal|kanaler|inställningar|spara|ändra|fånga|fångad|sparad|skärmbild|hantering|anteckning|avbryt|stäng|välj|sök|kön|diarieförd|borttagen|gallrad|gallra|registrator|felanmälan|beröm|fråga|riktlinjer|mallar|svara|kopiera|infoga)\b/i;

function englishProblems(catalog: Record<string, string>): string[] {
  return Object.entries(catalog).flatMap(([key, text]) => {
    let rest = text;
    for (const name of ALLOWED) rest = rest.split(name).join('');
    // Placeholders are filled at run time, not words of the message.
    rest = rest.replace(/\{\w+\}/g, '');
    const problems: string[] = [];
    if (/[åäöÅÄÖ]/.test(rest)) problems.push(`${key}: Swedish letter in “${text}”`);
    const word = SWEDISH_WORDS.exec(rest);
    if (word) problems.push(`${key}: Swedish word “${word[0]}” in “${text}”`);
    return problems;
  });
}

// {name} is filled by the UI; {{name}} is a reply-template variable, named in the user's language.
const placeholders = (text: string) => [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1]).sort();

describe('the message catalogs', () => {
  it('have the same keys in Swedish and English, every message non-empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(toolbarEn).sort()).toEqual(Object.keys(toolbarSv).sort());
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const differ = Object.keys(sv).filter((k) => JSON.stringify(placeholders(sv[k as keyof typeof sv])) !== JSON.stringify(placeholders(en[k as keyof typeof en])));
    expect(differ).toEqual([]);
  });

  it('have no Swedish left in the English UI', () => {
    expect([...englishProblems(en), ...englishProblems(toolbarEn)]).toEqual([]);
  });

  it('the check itself finds Swedish: a Swedish catalog fails it', () => {
    expect(englishProblems(sv).length).toBeGreaterThan(Object.keys(sv).length / 2);
    expect(englishProblems({ a: 'Save the record', b: 'Spara posten', c: 'Close (stäng)' })).toHaveLength(3);
  });

  it('choose plural forms with Intl.PluralRules', () => {
    expect(translator('sv')('queue.count', { count: 1 })).toBe('1 post');
    expect(translator('sv')('queue.count', { count: 2 })).toBe('2 poster');
    expect(translator('sv')('channels.count', { count: 1 })).toBe('1 kanal');
    expect(translator('sv')('channels.count', { count: 0 })).toBe('0 kanaler');
    expect(translator('en')('channels.count', { count: 1 })).toBe('1 channel');
    expect(translator('en')('queue.disposal.done', { count: 3 })).toBe('3 records disposed of.');
  });
});
