import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_IDS,
  DEFAULT_GUIDE,
  FLAG_LABELS,
  REASON_TEXTS,
  SUGGESTION_FLAGS,
  createSuggester,
  suggest,
} from '../../../lib/guide';

interface FixtureComment {
  id: string;
  lang: 'sv' | 'en';
  text: string;
  category: (typeof CATEGORY_IDS)[number] | null;
  flags: string[];
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/guide/comments.json', import.meta.url), 'utf8')) as {
  _source: string;
  comments: FixtureComment[];
};

describe('suggest: hand-written comments (test/fixtures/guide/comments.json)', () => {
  it('has at least 70 comments, each flag a known one', () => {
    expect(fixture._source).toMatch(/written by hand/i);
    expect(fixture.comments.length).toBeGreaterThanOrEqual(70);
    for (const c of fixture.comments) for (const f of c.flags) expect(SUGGESTION_FLAGS).toContain(f);
  });

  it.each(fixture.comments.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const s = suggest(c.text);
    expect({ category: s.category, flags: [...s.flags].sort() }).toEqual({
      category: c.category,
      flags: [...c.flags].sort(),
    });
  });
});

describe('suggest: rules', () => {
  it('always removes a comment with a valid personnummer, and says it must be registered', () => {
    const s = suggest('Tack för hjälpen! /Kim 121212-9918');
    expect(s.category).toBe('remove');
    expect(s.flags).toEqual(['personal-identity-number', 'registration-needed']);
    expect(s.reasons).toEqual(['identity-number', 'registration-needed']);
    expect(s.removalReasons).toEqual(['offensive-personal-data']);
  });

  it('names a samordningsnummer as such', () => {
    expect(suggest('Nummer 750675-9823').reasons).toContain('coordination-number');
  });

  it('ignores identity numbers that fail the checksum or the date', () => {
    for (const t of ['121212-9919', '19800101-9987', '851332-9805', '8507099806']) {
      expect(suggest(t).flags).not.toContain('personal-identity-number');
    }
  });

  it('does not find identity numbers inside longer runs of digits or words', () => {
    expect(suggest('Fakturanummer 1121212-99180').flags).toEqual([]);
    expect(suggest('kod A121212-9918').flags).toEqual([]);
  });

  it.each([
    ['070-123 45 67'],
    ['0701234567'],
    ['070 123 45 67'],
    ['+46 70 123 45 67'],
    ['+46701234567'],
    ['0046 70 123 45 67'],
    ['08-123 456 78'],
    ['08-12345678'],
    ['+46 8 123 456 78'],
    ['031-12 34 56'],
    ['0480-123 45'],
  ])('finds the phone number %s', (n) => {
    expect(suggest(`Ring ${n} tack`).flags).toContain('phone-number');
  });

  it.each([['kl 08.00-17.00'], ['135 81 Tyresö'], ['2026-06-06'], ['Dnr 2013/123'], ['08-17'], ['123 456 789']])(
    'does not take %s for a phone number',
    (t) => {
      expect(suggest(t).flags).not.toContain('phone-number');
    },
  );

  it.each([
    ['Skåne'], ['Det fanns en gång'], ['Fantastiskt!'], ['prövning'], ['Hellasgården'], ['klass'], ['kassa'],
    ['Scunthorpe'], ['Hancock'], ['Kukkola'], ['skottkärra'], ['horisont'], ['assistans'], ['fanatisk'], ['Jag är ett stort fan av er'],
  ])('does not flag "%s" as profanity', (t) => {
    expect(suggest(t).flags).not.toContain('profanity');
  });

  it.each([['JÄVLA'], ['satjävlar'], ['Fan!'], ['fy fan'], ['F U C K'.replace(/ /g, '')], ['skitsnack'], ['helvetes']])(
    'flags "%s" as profanity, in any case and with å/ä/ö',
    (t) => {
      expect(suggest(t).flags).toContain('profanity');
    },
  );

  it('treats the organisation’s own domain and its subdomains as internal', () => {
    expect(suggest('Se https://bygg.tyreso.se/lov').flags).toEqual([]);
    expect(suggest('Se https://example.se/lov').flags).toEqual(['external-link']);
    const custom = createSuggester({ ownDomains: ['example.se'] });
    expect(custom('Se https://example.se/lov').flags).toEqual([]);
  });

  it('does not read a question mark inside a link as a question', () => {
    expect(suggest('https://tyreso.se/sok?q=bygglov').category).toBeNull();
  });

  it('ranks remove over fault report over question over praise', () => {
    expect(suggest('Tack! Gatlampan är trasig, kan ni laga den? Jävla mörkt.').category).toBe('remove');
    expect(suggest('Tack! Gatlampan är trasig, kan ni laga den?').category).toBe('fault-report');
    expect(suggest('Tack! Kan ni laga den?').category).toBe('question');
    expect(suggest('Tack!').category).toBe('praise');
  });

  it('reports no-match with no category when nothing fits', () => {
    const none = { category: null, flags: [], reasons: ['no-match'], removalReasons: [], sensitiveKinds: [] };
    expect(suggest('Ok')).toEqual(none);
    expect(suggest('')).toEqual(none);
  });

  it('gives reasons in words for every flag and reason, in Swedish and English', () => {
    for (const c of fixture.comments) {
      const s = suggest(c.text);
      for (const r of s.reasons) expect(REASON_TEXTS[r].sv && REASON_TEXTS[r].en).toBeTruthy();
      for (const f of s.flags) expect(FLAG_LABELS[f].sv && FLAG_LABELS[f].en).toBeTruthy();
      for (const id of s.removalReasons) expect(DEFAULT_GUIDE.removalReasons.map((r) => r.id)).toContain(id);
    }
  });

  it('suggests the §3 removal reasons that apply', () => {
    expect(suggest('Köp nu, din jävla idiot').removalReasons).toEqual(['personal-attack', 'profanity', 'commercial']);
  });

  it('can use other keyword lists', () => {
    const s = createSuggester({ profanity: ['tusan'] });
    expect(s('Tusan också').category).toBe('remove');
    expect(s('Jävla väder').flags).not.toContain('profanity');
  });

  it('stays fast on long and adversarial input (no catastrophic backtracking)', () => {
    for (const t of ['a.'.repeat(25_000), 'abc-def.'.repeat(6_000), `${'a.b-c_d%e+f'.repeat(4_000)}@`, '0 1 2 3 '.repeat(6_000)]) {
      const start = performance.now();
      suggest(t);
      expect(performance.now() - start).toBeLessThan(2_000);
    }
  });
});
