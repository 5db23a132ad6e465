// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageReport, pageReportSchema } from '../../../lib/pagereport';
import { FIELDS } from '../../../lib/pagereport/adapter-run';
import { ENUMERATED_VALUES } from '../../../lib/pagereport/shape';
import { KNOWN_HOSTS, KNOWN_SEGMENTS } from '../../../lib/pagereport/url-shape';
import { SITE_URLS, siteDocument, siteFixtures } from './fixtures';

const WORD = /[^\p{L}\p{N}_-]+/u;
const words = (text: string) => text.toLowerCase().split(WORD).filter((w) => [...w].length >= 3);

/** Every word, attribute value and link path segment of the page: none may reach the report. */
function secrets(doc: Document): { words: Set<string>; values: Set<string> } {
  const found = new Set<string>();
  const values = new Set<string>();
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent ?? '';
    for (const w of words(text)) found.add(w);
    if (text.trim().length >= 3) values.add(text.trim().toLowerCase());
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      for (const w of words(attr.value)) found.add(w);
      if (attr.value.trim().length >= 3) values.add(attr.value.trim().toLowerCase());
      if (['href', 'src', 'action'].includes(attr.name)) {
        try {
          const url = new URL(attr.value, doc.URL);
          for (const segment of url.pathname.split('/')) if (segment.length >= 3) found.add(decodeURIComponent(segment).toLowerCase());
          for (const value of url.searchParams.values()) if (value.length >= 3) values.add(value.toLowerCase());
        } catch {
          // Not a URL: its words are counted above.
        }
      }
    }
  }
  for (const segment of new URL(doc.URL).pathname.split('/')) if (segment.length >= 3) found.add(segment.toLowerCase());
  return { words: found, values };
}

/**
 * What the report may say in words: the page's tag names, role values, attribute names (ARIA and
 * data-* names among them), the report's own keys and vocabulary (enumerated ARIA/HTML values,
 * URL words and hosts, field names).
 */
function allowed(doc: Document, json: string): Set<string> {
  const allow = new Set<string>([...ENUMERATED_VALUES, ...KNOWN_SEGMENTS, ...FIELDS, 'post', 'comment', 'reply', 'unknown']);
  for (const host of KNOWN_HOSTS) for (const w of words(host)) allow.add(w);
  for (const el of doc.querySelectorAll('*')) {
    allow.add(el.localName);
    for (const attr of el.attributes) for (const w of words(attr.name)) allow.add(w);
    allow.add(el.localName);
  }
  const keys = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(keys);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        for (const w of words(k)) if (!/\d{3,}/.test(w)) allow.add(w);
        keys(v);
      }
  };
  keys(JSON.parse(json));
  for (const w of words(Object.keys(SITE_URLS).join(' '))) allow.add(w);
  return allow;
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...stringsOf(v)]);
  return [];
}

describe('pageReport keeps nothing of the page but its structure', () => {
  it.each(siteFixtures())('%s: %s', (site, path, html) => {
    const doc = siteDocument(site, path, html);
    const report = pageReport(doc, { extension: { version: '0.1.0', browser: 'Chrome 156' } });
    expect(() => pageReportSchema.parse(report)).not.toThrow();
    const json = JSON.stringify(report);
    const tokens = new Set(words(json));
    const allow = allowed(doc, json);
    const { words: pageWords, values } = secrets(doc);
    // Lengths and counts are numbers by design: a number of up to four digits (a like count, a
    // year) names no one; ids are longer and stay checked.
    const leaked = [...pageWords].filter((w) => !allow.has(w) && !/^\d{1,4}$/.test(w) && tokens.has(w));
    expect(leaked).toEqual([]);
    // Every distinct string of the report, once (placeholders repeat), searched for whole values.
    const strings = [...new Set(stringsOf(report))].join('\n').toLowerCase();
    // A one-word value is a word, checked above as a whole token (an id "page-manager" is not
    // leaked by the tag name "ytd-page-manager"); longer values are searched as they are.
    const structural = (v: string) => words(v).every((w) => allow.has(w) || /^\d{1,4}$/.test(w));
    const leakedValues = [...values].filter((v) => v.split(WORD).filter(Boolean).length > 1 && !structural(v) && strings.includes(v));
    expect(leakedValues).toEqual([]);
    // The check has something to check: the fixture has words, and the report a tree of them.
    expect(pageWords.size).toBeGreaterThan(10);
    expect(report.counts.elements).toBeGreaterThan(10);
  });
});
